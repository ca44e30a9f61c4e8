// Theme toggle, wide-screen TOC, "/" to search; terms.js on first use of a term link.
(() => {
  const d = document,
    r = d.documentElement,
    js = d.currentScript.src.replace('site', 'terms'),
    mq = (q) => matchMedia(q).matches,
    dark = () => (r.dataset.theme || (mq('(prefers-color-scheme:dark)') ? 'dark' : '')) == 'dark',
    $ = (s) => d.querySelector(s),
    tb = $('.theme-toggle'),
    toc = $('.toc details');
  let boot;
  if (tb) {
    tb.hidden = false;
    tb.ariaPressed = dark();
    tb.onclick = () => {
      r.dataset.theme = dark() ? 'light' : 'dark';
      tb.ariaPressed = dark();
      try {
        localStorage.theme = r.dataset.theme;
      } catch {}
    };
  }
  if (toc && mq('(min-width:64rem)')) toc.open = true; // where ::details-content cannot keep it open
  for (const t of ['mouseover', 'focusin', 'click'])
    d.addEventListener(t, (e) => {
      const a = e.target.closest?.('a.term');
      if (!a || window.termShow) return;
      if (t == 'click' && mq('(hover:none)')) e.preventDefault(); // first tap shows the definition
      if (!boot) {
        boot = d.createElement('script');
        boot.src = js;
        d.head.append(boot);
      }
      boot.onload = () => window.termShow(a);
    });
  // Search code (js/search.js) loads on first focus of a search box, or on arrival with ?h= or ?q=.
  const search = () => import(new URL('search.js', js));
  if (/[?&][hq]=/.test(location.search)) search();
  for (const q of d.querySelectorAll('#site-q,#search-q')) q.addEventListener('focus', search, { once: true });
  d.addEventListener('keydown', (e) => {
    const q = $('#site-q'),
      t = e.target;
    if (e.key == '/' && q && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      q.focus();
    }
  });
})();
