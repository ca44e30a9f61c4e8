/** Loads passage-tools.js the first time text is selected inside the page's text (see Passage.astro). */
const d = document,
  t = d.querySelector<HTMLElement>('[data-passage]'),
  s = t && d.querySelector(t.dataset['scope']!),
  f = () => {
    const g = getSelection()!;
    if (g.isCollapsed || !s!.contains(g.anchorNode)) return;
    d.removeEventListener('selectionchange', f);
    const e = d.createElement('script');
    e.src = t!.dataset['js']!;
    d.head.append(e);
  };
if (s) {
  const h = d.querySelector<HTMLElement>('.passage-hint');
  if (h) h.hidden = false;
  d.addEventListener('selectionchange', f);
}
