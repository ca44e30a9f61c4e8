/**
 * "Copy link to this passage": while text is selected inside the measure, a button copies the
 * permalink with a #:~:text= fragment (highlighted where browsers support text fragments; the
 * measure still opens where they don't). Loaded by passage.js on the first selection.
 */
import { passageDirective } from '../site/lib/fragment.ts';

const d = document,
  t = d.querySelector<HTMLElement>('[data-passage]')!,
  s = d.querySelector(t.dataset['scope']!)!,
  b = t.querySelector<HTMLButtonElement>('.passage-btn')!,
  label = b.textContent,
  check = () => {
    const g = getSelection()!,
      x = g.isCollapsed || !s.contains(g.anchorNode) || !s.contains(g.focusNode) ? '' : passageDirective(g.toString());
    if (x) link = t.dataset['passage'] + '#:~:text=' + x;
    b.hidden = !x;
    b.textContent = label;
  };
let link = '';
b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
b.addEventListener('click', () => navigator.clipboard.writeText(link).then(() => (b.textContent = '已复制链接')));
d.addEventListener('selectionchange', check);
check();
