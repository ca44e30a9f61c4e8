/**
 * The chapter TOC's "you are here" (ChapterToc.astro), loaded by site.js on a chapter page: the
 * link of the last listed unit whose start has scrolled past the upper third of the screen gets
 * aria-current="location" (styled by the TOC, and announced), the sidebar scrolls to keep it in
 * sight, and the phone bar names its section (data-here, shown by CSS). A link chosen in the open
 * phone bar closes it, so the text it leads to is not hidden under the list.
 */
const d = document,
  nav = d.querySelector<HTMLElement>('.toc')!,
  box = nav.querySelector('details')!,
  links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')],
  units = links.map((a) => d.getElementById(a.hash.slice(1)));
let now: HTMLAnchorElement | undefined, queued = 0;

function mark(): void {
  queued = 0;
  let i = -1;
  for (const [k, u] of units.entries()) if (u && u.getBoundingClientRect().top < innerHeight / 3) i = k;
  const a = links[i];
  if (a == now) return;
  now?.removeAttribute('aria-current');
  now = a;
  if (!a) return void delete box.dataset['here'];
  a.setAttribute('aria-current', 'location');
  // The section's own link: the first link of the list item that holds this one.
  box.dataset['here'] = a.closest('details > ol > li')!.querySelector('a')!.textContent!;
  if (a.offsetTop < nav.scrollTop || a.offsetTop > nav.scrollTop + nav.clientHeight - 40) nav.scrollTop = a.offsetTop - nav.clientHeight / 3;
}

addEventListener('scroll', () => (queued ||= requestAnimationFrame(mark)), { passive: true });
nav.addEventListener('click', (e) => {
  if ((e.target as Element).closest('a') && !matchMedia('(min-width:64rem)').matches) box.open = false;
});
mark();
