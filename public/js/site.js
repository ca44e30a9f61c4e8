// Page behaviours, no framework. The term popover's code (terms.js) loads on first use.
(() => {
  const d = document,
    r = d.documentElement,
    src = d.currentScript.src.replace('site.js', 'terms.js'),
    mq = (q) => matchMedia(q).matches,
    dark = () => (r.dataset.theme ? r.dataset.theme == 'dark' : mq('(prefers-color-scheme:dark)')),
    tb = d.querySelector('.theme-toggle'),
    toc = d.querySelector('.toc details');
  if (tb) {
    tb.hidden = false;
    tb.setAttribute('aria-pressed', dark());
    tb.onclick = () => {
      const t = dark() ? 'light' : 'dark';
      r.dataset.theme = t;
      try {
        localStorage.setItem('theme', t);
      } catch {}
      tb.setAttribute('aria-pressed', t == 'dark');
    };
  }
  if (toc && mq('(min-width:64rem)')) toc.open = true;
  if (navigator.clipboard)
    d.querySelectorAll('[data-copy]').forEach((b) => {
      b.hidden = false;
      b.onclick = () =>
        navigator.clipboard.writeText(b.dataset.copy).then(() => {
          const s = b.lastElementChild,
            was = s.textContent;
          s.textContent = '已复制';
          setTimeout(() => (s.textContent = was), 1500);
        });
    });
  let loading;
  const boot = (e) => {
    const a = e.target.closest?.('a.term');
    if (!a || window.termShow) return;
    // A first tap on a touch screen shows the definition instead of following the link.
    if (e.type == 'click' && mq('(hover:none)')) e.preventDefault();
    if (!loading) {
      loading = d.createElement('script');
      loading.src = src;
      d.head.append(loading);
    }
    loading.onload = () => window.termShow(a);
  };
  for (const t of ['mouseover', 'focusin', 'click']) d.addEventListener(t, boot);
  // Search code loads only when wanted: first focus of the header box, or arrival with ?h=.
  const search = () => import(src.replace('terms.js', 'search.js'));
  if (/[?&]h=/.test(location.search)) search();
  d.getElementById('site-q')?.addEventListener('focus', search, { once: true });
  d.addEventListener('keydown', (e) => {
    const t = e.target,
      q = d.getElementById('site-q');
    if (e.key == '/' && q && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      q.focus();
    }
  });
})();
