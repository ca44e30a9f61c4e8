// Loaded by theme.js on the first interaction (or a search in the URL): the wide-screen TOC,
// terms.js on first use of a term link, search code on first focus of a search box, the
// reading-mode menu's code on its first opening. It picks up the interaction that loaded it.
(() => {
  const d = document,
    me = d.currentScript,
    js = me.src,
    mq = (q) => matchMedia(q).matches,
    $ = (s) => d.querySelector(s),
    toc = $('.toc details'),
    filter = $('#term-q'),
    term = (a) => {
      if (!a || window.termShow) return;
      if (!boot) {
        boot = d.createElement('script');
        boot.src = new URL('terms.js', js);
        d.head.append(boot);
      }
      boot.onload = () => window.termShow(a);
    };
  let boot;
  if (toc && mq('(min-width:64rem)')) toc.open = true; // where ::details-content cannot keep it open
  for (const t of ['mouseover', 'focusin', 'click'])
    d.addEventListener(t, (e) => {
      const a = e.target.closest?.('a.term');
      if (a && !window.termShow && t == 'click' && mq('(hover:none)')) e.preventDefault(); // first tap shows the definition
      term(a);
    });
  term($('a.term:hover') || d.activeElement?.closest('a.term'));
  // Search code (js/search.js) loads on first focus of a search box, or on arrival with ?h=, or ?q=
  // (outside /terms/, where ?q= fills the filter).
  const search = () => import(new URL('search.js', js));
  if (/[?&]h=/.test(location.search) || (!filter && /[?&]q=/.test(location.search)) || $('#site-q:focus,#search-q:focus')) search();
  for (const q of d.querySelectorAll('#site-q,#search-q')) q.addEventListener('focus', search, { once: true });
  // The /terms/ filter (js/terms-filter.js) loads on first focus of its box, or with ?q=.
  const terms = () => d.head.append(Object.assign(d.createElement('script'), { src: new URL('terms-filter.js', js) }));
  if (filter && (/[?&]q=/.test(location.search) || filter.matches(':focus'))) terms();
  else filter?.addEventListener('focus', terms, { once: true });
  // The reading-mode menu (ReadingModes.astro) builds itself from js/modes.js when first opened.
  const modes = $('details.modes'),
    menu = () => {
      const s = d.createElement('script');
      s.src = new URL('modes.js', js);
      d.head.append(s);
    };
  if (modes?.open) menu();
  else modes?.addEventListener('toggle', menu, { once: true });
})();
