// Loads passage-tools.js the first time text is selected inside the measure (see CiteTools.astro).
(function (d) {
  var t = d.querySelector('[data-passage]'),
    s = t && d.querySelector(t.dataset.scope);
  if (!s) return;
  t.querySelector('.passage-hint').hidden = false;
  function f() {
    var g = getSelection();
    if (g.isCollapsed || !s.contains(g.anchorNode)) return;
    d.removeEventListener('selectionchange', f);
    var e = d.createElement('script');
    e.src = t.dataset.js;
    d.head.append(e);
  }
  d.addEventListener('selectionchange', f);
})(document);
