/**
 * The glossary term popover, loaded by site.js on the first hover, focus or tap of a term link.
 * Definitions (glossary/terms.json, next to the term pages) and terms.css are fetched once.
 */
import type { TermDefinitions } from '../site/lib/term-definitions.ts';

const d = document,
  css = (d.currentScript as HTMLScriptElement).src.replace(/\.js$/, '.css'),
  mq = (q: string) => matchMedia(q).matches;
let defs: Promise<TermDefinitions> | undefined,
  tip: HTMLDivElement | undefined,
  owner: HTMLAnchorElement | null = null,
  want: HTMLAnchorElement | null = null,
  timer: ReturnType<typeof setTimeout> | undefined;
const hide = () => {
  clearTimeout(timer);
  owner?.removeAttribute('aria-describedby');
  if (tip) tip.hidden = true;
  owner = want = null;
};
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(hide, 250);
};
const show = (a: HTMLAnchorElement) => {
  clearTimeout(timer);
  if (owner == a) return;
  want = a;
  defs ||= Promise.all([
    fetch(new URL('../terms.json', a.href)).then((r) => r.json() as Promise<TermDefinitions>),
    new Promise((ok) => {
      const l = d.createElement('link');
      l.rel = 'stylesheet';
      l.href = css;
      l.onload = l.onerror = ok;
      d.head.append(l);
    }),
  ]).then((x) => x[0]);
  defs.then((m) => {
    const t = m[a.pathname.split('/').slice(-2)[0]!];
    if (!t || want != a) return;
    hide();
    if (!tip) {
      tip = d.createElement('div');
      tip.id = 'term-tip';
      tip.className = 'term-tip';
      tip.setAttribute('role', 'tooltip');
      tip.onmouseenter = () => clearTimeout(timer);
      tip.onmouseleave = later;
      (d.querySelector('main') || d.body).append(tip); // inside a landmark
    }
    tip.innerHTML = '<strong></strong><p></p><small>点击名词，查看词条及其在正文中的全部使用位置。</small>';
    tip.firstChild!.textContent = t.heading;
    tip.children[1]!.textContent = t.definition;
    tip.hidden = false;
    owner = a;
    a.setAttribute('aria-describedby', tip.id);
    const r = a.getBoundingClientRect(),
      w = Math.min(352, innerWidth - 16);
    tip.style.width = w + 'px'; // before its height is read
    const h = tip.offsetHeight,
      up = r.bottom + h + 8 > innerHeight && r.top > h + 8;
    tip.style.left = Math.max(8, Math.min(r.left, innerWidth - w - 8)) + scrollX + 'px';
    tip.style.top = (up ? r.top - h - 6 : r.bottom + 6) + scrollY + 'px';
  });
};
const term = (e: Event) => (e.target as Element).closest?.<HTMLAnchorElement>('a.term');
d.addEventListener('mouseover', (e) => {
  const a = term(e);
  if (a) show(a);
  else if (owner && !tip!.contains(e.target as Node)) later();
});
d.addEventListener('focusin', (e) => {
  const a = term(e);
  if (a) show(a);
  else hide();
});
d.addEventListener('click', (e) => {
  const a = term(e);
  if (a && owner != a && mq('(hover:none)')) {
    e.preventDefault();
    show(a);
  } else if (!a && tip && !tip.contains(e.target as Node)) hide();
});
d.addEventListener('keydown', (e) => e.key == 'Escape' && hide());
window.termShow = show;
