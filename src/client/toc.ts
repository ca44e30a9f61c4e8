/**
 * The chapter TOC's measures and its "you are here" (ChapterToc.astro), loaded by site.js on a
 * chapter page. The markup lists the sections only, which is the whole TOC without JavaScript and
 * keeps the chapter pages within their byte budget; this script adds under each section the units
 * headed one level below it (its numbered measures) from the page's own headings. Then the link
 * of the last listed unit whose start has scrolled past the upper third of the screen gets
 * aria-current="location", the sidebar scrolls to keep it in sight, and the phone bar names its
 * section (data-here on its summary); opened, its list lies over the text instead of pushing it
 * down (which would move the marker), and a link chosen in it closes it, so the text shows.
 */
const d = document,
  nav = d.querySelector<HTMLElement>('.toc')!,
  box = nav.querySelector('details')!,
  bar = box.querySelector('summary')!,
  target = (a: HTMLAnchorElement) => d.getElementById(a.hash.slice(1)),
  /** The unit's heading when it opens with one (`H3`), else ''. */
  head = (u: Element | null) => u?.firstElementChild?.tagName.replace(/^(?!H\d).*/, '') ?? '',
  wide = matchMedia('(min-width:64rem)'),
  top = [...nav.querySelectorAll<HTMLAnchorElement>('details>ol>li>a')],
  heads: (Element | null)[] = top.map(target);

// The styles of what only this script makes (js/toc.css) travel with it, not in every chapter page.
d.head.insertAdjacentHTML('beforeend', `<link rel="stylesheet" href="${new URL('toc.css', (d.currentScript as HTMLScriptElement).src)}">`);
box.open ||= wide.matches; // the sidebar, where ::details-content cannot keep it open
for (const [k, s] of heads.entries()) {
  // The units after the section and before the next, headed one level below it and numbered.
  const h = head(s).replace(/\d/, (n) => `${+n + 1}`);
  let li = '';
  for (let u = s?.nextElementSibling; u?.matches('.unit') && !heads.includes(u); u = u.nextElementSibling)
    if (head(u) == h && !u.querySelector(':scope>*>.pilcrow'))
      li += `<li><a href="#${u.id}">${new Option(u.firstElementChild!.textContent!.replace(/。$/, '')).innerHTML}</a>`;
  if (li) top[k]!.insertAdjacentHTML('afterend', `<ol>${li}</ol>`);
}

const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')],
  units = links.map(target);
let now: HTMLAnchorElement | undefined,
  queued = 0;

function mark(): void {
  queued = 0;
  const a = links.findLast((_, k) => units[k]!.getBoundingClientRect().top < innerHeight / 3);
  if (a == now) return;
  now?.removeAttribute('aria-current');
  now = a;
  if (!a) return void delete bar.dataset['here'];
  a.setAttribute('aria-current', 'location');
  // The section's own link: the first link of the top-level item that holds this one.
  bar.dataset['here'] = a.closest('details>ol>li')!.firstChild!.textContent!;
  nav.scrollTop = a.offsetTop - nav.clientHeight / 3; // the wide sidebar keeps it in sight (no-op in the phone bar)
}

// No { passive: true }: a scroll event cannot be cancelled, so it would change nothing.
addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)));
nav.addEventListener('click', (e) => {
  if ((e.target as Element).closest('a') && !wide.matches) box.open = false;
});
mark();
