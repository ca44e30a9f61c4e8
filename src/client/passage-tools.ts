/**
 * While text is selected inside a unit, a bar offers “复制引文” — the quoted passage, the unit's
 * citation and a link to the passage — and “复制链接”, the link alone. The link is the unit's
 * permalink with a #:~:text= fragment (highlighted where browsers support text fragments; the
 * unit still opens where they don't). The unit is the innermost `[data-cite]` block around the
 * start of the selection. Loaded by passage.js on the first selection.
 */
import { passageDirective } from '../site/lib/fragment.ts';
import { copyText } from '../site/lib/clipboard.ts';

const d = document,
  t = d.querySelector<HTMLElement>('[data-passage]')!,
  s = d.querySelector(t.dataset['scope']!)!,
  [quoteBtn, linkBtn] = t.querySelectorAll<HTMLButtonElement>('button'),
  labels = [quoteBtn!.textContent, linkBtn!.textContent],
  /** A quotation inside “”: its own double quotes become single ones, as Chinese nesting has it. */
  quoted = (q: string) => `“${q.replace(/“/g, '‘').replace(/”/g, '’')}”`,
  check = () => {
    const g = getSelection()!,
      n = g.anchorNode,
      unit = (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('[data-cite]'),
      x = g.isCollapsed || !unit || !s.contains(unit) || !s.contains(g.focusNode) ? '' : passageDirective(g.toString());
    if (x) {
      const id = unit!.dataset['unit'] ?? unit!.id.slice(2);
      link = `${t.dataset['base']}${id}/#:~:text=${x}`;
      quote = `${quoted(
        g
          .toString()
          .replace(/\s*\n\s*/g, '')
          .trim(),
      )}——${unit!.dataset['cite']} ${link}`;
    }
    t.hidden = !x;
    quoteBtn!.textContent = labels[0]!;
    linkBtn!.textContent = labels[1]!;
  };
let link = '',
  quote = '';
t.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
quoteBtn!.addEventListener('click', () => copyText(quote).then(() => (quoteBtn!.textContent = '已复制引文')));
linkBtn!.addEventListener('click', () => copyText(link).then(() => (linkBtn!.textContent = '已复制链接')));
d.addEventListener('selectionchange', check);
check();
