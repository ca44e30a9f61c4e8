/**
 * Loaded by site.js on a page with quotable text (a permalink page's <article data-cite>, a
 * chapter page's article of units): loads passage-tools.js the first time text is selected in it,
 * and shows the hint that it can be (a permalink page's .passage-hint).
 */
const d = document,
  src = new URL('passage-tools.js', (d.currentScript as HTMLScriptElement).src),
  s = d.querySelector('article[data-cite]') ?? d.querySelector('.unit')!.closest('article')!,
  h = d.querySelector<HTMLElement>('.passage-hint'),
  f = () => {
    const g = getSelection()!;
    if (g.isCollapsed || !s.contains(g.anchorNode)) return;
    d.removeEventListener('selectionchange', f);
    d.head.append(Object.assign(d.createElement('script'), { src }));
  };
if (h) h.hidden = false;
d.addEventListener('selectionchange', f);
f(); // a selection made before this script arrived
