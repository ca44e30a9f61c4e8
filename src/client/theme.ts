/**
 * Before paint: the remembered theme and reading modes (data-text, even empty, tells CSS scripts
 * run), and the modes' stylesheet for a reader who chose one (written, so it holds the first paint
 * as a stylesheet in the markup would). site.js loads on the first interaction (a first touch,
 * even to scroll, comes before any tap on a term), or with ?q=/?h=; "/" goes to the search box.
 * A tap on a term before terms.js has come focuses it, for site.js to show.
 *
 * The one render-blocking script of every page (Base.astro), a classic script on purpose: every
 * byte of it counts against each page's budget before interaction, so it stays tiny.
 */
const d = document,
  o = d.documentElement.dataset,
  js = (d.currentScript as HTMLScriptElement).src,
  s = d.createElement('script'),
  go = () => s.src || d.head.append(Object.assign(s, { src: new URL('site.js', js) }));
o['text'] = '';
try {
  const l = localStorage;
  o['theme'] = l['theme'] || ''; // only light and dark mean anything to the stylesheet
  o['text'] = l['text-size'] || '';
  o['contrast'] = l['contrast'] || '';
} catch {
  // storage blocked (private mode, policy): the page keeps the defaults
}
// Written, not appended: only a stylesheet in the markup holds the first paint in every browser.
if (o['text'] || o['contrast']) d.write(`<link rel="stylesheet" href="${new URL('modes.css', js)}">`);
// Capture, so no handler can stop it; go() does nothing once site.js is asked for, so the
// listeners need not remove themselves (the bytes of `{ once }` are paid on every page).
for (const t of ['pointerover', 'pointerdown', 'keydown', 'focusin']) d.addEventListener(t, go, true);
// A tap on a term opens its definition, however early: this handler is in place before the term is
// painted, so the tap cannot win a race against site.js and follow the link.
d.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element).closest<HTMLElement>('a.term');
    if (a && !window.termShow && matchMedia('(hover:none)').matches) {
      e.preventDefault();
      a.focus(); // site.js shows the focused term when it arrives
    }
  },
  true,
);
if (/[?&][hq]=/.test(location.search)) go();
d.addEventListener('keydown', (e) => {
  const q = d.getElementById('site-q');
  if (e.key == '/' && q && (e.target as Element).tagName != 'INPUT') {
    e.preventDefault();
    q.focus();
  }
});
