// Before paint: remembered theme and reading modes (data-text, even empty, tells CSS scripts run).
// Answers the theme toggle, "/" and a first tap on a term; site.js loads on first use or ?q=/?h=.
(() => {
  const d = document,
    r = d.documentElement,
    o = r.dataset,
    m = (q) => matchMedia(q).matches,
    dark = () => (o.theme || (m('(prefers-color-scheme:dark)') ? 'dark' : '')) == 'dark',
    js = new URL('site.js', d.currentScript.src),
    on = (t, f, c) => d.addEventListener(t, f, c),
    go = () => {
      if (!s.src) d.head.append(Object.assign(s, { src: js }));
    };
  let s = d.createElement('script');
  o.text = '';
  try {
    const l = localStorage;
    if (/^(dark|light)$/.test(l.theme)) o.theme = l.theme;
    o.text = l['text-size'] || '';
    o.contrast = l.contrast || '';
  } catch {}
  for (const t of ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin']) on(t, go, { capture: 1, once: 1, passive: 1 });
  if (/[?&][hq]=/.test(location.search)) go();
  const b = () => d.querySelector('.theme-toggle') || {};
  on('DOMContentLoaded', () => (b().ariaPressed = dark()));
  on('click', (e) => {
    const t = e.target.closest?.('.theme-toggle,a.term');
    if (t == b()) {
      o.theme = dark() ? 'light' : 'dark';
      t.ariaPressed = dark();
      try {
        localStorage.theme = o.theme;
      } catch {}
    } else if (t && !s.ok && m('(hover:none)')) {
      e.preventDefault(); // a first tap shows the definition, once site.js runs
      s.term = t;
    }
  });
  on('keydown', (e) => {
    const q = d.getElementById('site-q'),
      t = e.target;
    if (e.key == '/' && q && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      q.focus();
    }
  });
})();
