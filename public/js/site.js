// Page behaviours, no framework: theme toggle, copy buttons, term popovers, "/" focuses search.
(function () {
  var d = document,
    root = d.documentElement;
  function dark() {
    return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  }
  var tb = d.querySelector('.theme-toggle');
  if (tb) {
    tb.hidden = false;
    tb.setAttribute('aria-pressed', String(dark()));
    tb.addEventListener('click', function () {
      var t = dark() ? 'light' : 'dark';
      root.dataset.theme = t;
      try {
        localStorage.setItem('theme', t);
      } catch {}
      tb.setAttribute('aria-pressed', String(t === 'dark'));
    });
  }
  d.querySelectorAll('button[data-copy]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var label = b.textContent;
      navigator.clipboard.writeText(b.dataset.copy).then(function () {
        b.textContent = '已复制';
        setTimeout(function () {
          b.textContent = label;
        }, 1500);
      });
    });
  });
  var tip = null,
    owner = null;
  function hide() {
    if (tip) tip.remove();
    tip = owner = null;
  }
  function show(a) {
    var def = d.getElementById(a.getAttribute('aria-describedby'));
    if (!def || owner === a) return;
    hide();
    owner = a;
    tip = d.createElement('div');
    tip.className = 'term-tip';
    tip.setAttribute('role', 'tooltip');
    var h = d.createElement('strong');
    h.textContent = def.dataset.heading;
    var p = d.createElement('p');
    p.textContent = def.textContent.trim();
    var more = d.createElement('a');
    more.href = def.dataset.href;
    more.textContent = '查看词条及使用位置 →';
    tip.append(h, p, more);
    d.body.append(tip);
    var r = a.getBoundingClientRect();
    var w = Math.min(352, innerWidth - 16);
    tip.style.width = w + 'px';
    tip.style.left = Math.max(8, Math.min(r.left + scrollX, scrollX + innerWidth - w - 8)) + 'px';
    tip.style.top = r.bottom + scrollY + 6 + 'px';
  }
  d.querySelectorAll('a.term').forEach(function (a) {
    a.addEventListener('mouseenter', function () {
      show(a);
    });
    a.addEventListener('focus', function () {
      show(a);
    });
    a.addEventListener('click', function (e) {
      if (owner !== a && matchMedia('(hover: none)').matches) {
        e.preventDefault();
        show(a);
      }
    });
  });
  d.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    var t = e.target;
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      var q = d.getElementById('site-q');
      if (q) {
        e.preventDefault();
        q.focus();
      }
    }
  });
  d.addEventListener('click', function (e) {
    if (tip && !tip.contains(e.target) && e.target !== owner) hide();
  });
  d.addEventListener('mouseover', function (e) {
    if (tip && owner && !owner.contains(e.target) && !tip.contains(e.target) && matchMedia('(hover: hover)').matches) hide();
  });
})();
