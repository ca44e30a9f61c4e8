/** Loads passage-tools.js the first time text is selected inside the measure (see CiteTools.astro). */
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
  t!.querySelector<HTMLElement>('.passage-hint')!.hidden = false;
  d.addEventListener('selectionchange', f);
}
