// "Copy link to this passage": while text is selected inside the measure, a button copies the
// permalink with a #:~:text= fragment (highlighted where browsers support text fragments; the
// measure still opens where they don't). Loaded by passage.js on the first selection.
(function (d) {
  var t = d.querySelector('[data-passage]'),
    s = d.querySelector(t.dataset.scope),
    b = t.querySelector('.passage-btn'),
    label = b.textContent,
    link = '';
  // encodeURIComponent leaves "-" alone, but inside a text directive it separates prefix/suffix.
  function enc(x) {
    return encodeURIComponent(x).replace(/-/g, '%2D');
  }
  // The passage as a text directive: exact text when short and within one block, else
  // start,end cut at punctuation so the match starts and ends on word boundaries.
  function directive(x) {
    var lines = x
      .split(/\s*\n\s*/)
      .map(function (l) {
        return l.replace(/\s+/g, ' ').trim();
      })
      .filter(Boolean);
    if (!lines.length) return '';
    var a = lines[0],
      z = lines[lines.length - 1];
    if (lines.length === 1 && a.length <= 60) return enc(a);
    var i = a.slice(8).search(/[，。；、：]/),
      j = z.slice(0, -8).search(/[，。；、：][^，。；、：]*$/);
    return (
      enc(i < 0 || i > 30 ? a.slice(0, 20) : a.slice(0, i + 8)) + ',' + enc(j < 0 || z.length - j > 31 ? z.slice(-20) : z.slice(j + 1))
    );
  }
  function check() {
    var g = getSelection(),
      x = g.isCollapsed || !s.contains(g.anchorNode) || !s.contains(g.focusNode) ? '' : directive(g.toString());
    if (x) link = t.dataset.passage + '#:~:text=' + x;
    b.hidden = !x;
    b.textContent = label;
  }
  b.addEventListener('mousedown', function (e) {
    e.preventDefault(); // keep the selection
  });
  b.addEventListener('click', function () {
    navigator.clipboard.writeText(link).then(function () {
      b.textContent = '已复制链接';
    });
  });
  d.addEventListener('selectionchange', check);
  check();
})(document);
