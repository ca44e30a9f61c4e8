/**
 * While text is selected inside a unit, a bar offers “复制引文” — the quoted passage, the unit's
 * citation and a link to the passage — and “复制链接”, the link alone. The link is the unit's
 * permalink with a #:~:text= fragment (highlighted where browsers support text fragments; the
 * unit still opens where they don't). The unit is the innermost unit block around the start of
 * the selection. Its citation is the one its permalink page states (the same rule as every copy
 * button): on that page, its <article data-cite> and text's data-label; in a reading view, that
 * page fetched once per unit on selection, so a chapter page pays no bytes per unit for it.
 * Loaded by site.js on the first selection of quotable text.
 */
import { passageDirective } from '../site/lib/fragment.ts';
import { copyText } from '../site/lib/clipboard.ts';

const d = document,
  css = new URL('passage.css', (d.currentScript as HTMLScriptElement).src),
  s = d.querySelector<HTMLElement>('article[data-cite]') ?? d.querySelector('.unit')!.closest('article')!,
  /** Links are absolute on the site's own origin, like the canonical URL (the pages' copy buttons). */
  canonical = d.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href,
  bar = d.createElement('div'),
  LABELS = ['复制引文', '复制链接'],
  [quoteBtn, linkBtn] = LABELS.map((text, i) =>
    Object.assign(d.createElement('button'), { type: 'button', className: i ? 'btn' : 'btn btn-primary', textContent: text }),
  ),
  fetched = new Map<string, Promise<string>>(),
  /** The citation a permalink page states: its article's citation head and its text's label. */
  stated = (page: ParentNode) =>
    (page.querySelector<HTMLElement>('article[data-cite]')?.dataset['cite'] ?? '') +
    (page.querySelector<HTMLElement>('[data-label]')?.dataset['label'] ?? ''),
  /** The permalink a unit block's number (or pilcrow) links to. */
  permalink = (b: HTMLElement, id: string) => b.querySelector(`a[href$="/m/${id}/"]`)?.getAttribute('href'),
  /** A unit block's citation: stated on this page, or on its permalink page. */
  citationOf = (b: HTMLElement, id: string): Promise<string> => {
    const href = permalink(b, id);
    if (b.dataset['label'] || !href) return Promise.resolve(stated(d));
    if (!fetched.has(href))
      fetched.set(
        href,
        fetch(href)
          .then((r) => r.text())
          .then((h) => stated(new DOMParser().parseFromString(h, 'text/html'))),
      );
    return fetched.get(href)!;
  },
  /** A quotation inside “”: its own double quotes become single ones, as Chinese nesting has it. */
  quoted = (q: string) => `“${q.replace(/“/g, '‘').replace(/”/g, '’')}”`,
  check = () => {
    const g = getSelection()!,
      n = g.anchorNode,
      inside = !g.isCollapsed && s.contains(g.focusNode),
      b = inside ? (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('[data-label], .unit') : null,
      x = b && s.contains(b) ? passageDirective(g.toString()) : '';
    if (x) {
      const id = b!.dataset['unit'] ?? b!.id.slice(2),
        text = quoted(
          g
            .toString()
            .replace(/\s*\n\s*/g, '')
            .trim(),
        );
      // A permalink page's own text is the page itself; a unit in a reading view is its number's link.
      link = `${b!.dataset['label'] ? canonical : new URL(permalink(b!, id) ?? '', canonical).href}#:~:text=${x}`;
      quote = citationOf(b!, id).then((cite) => `${text}——${cite} ${link}`);
    }
    bar.hidden = !x;
    quoteBtn!.textContent = LABELS[0]!;
    linkBtn!.textContent = LABELS[1]!;
  };
let link = '',
  quote = Promise.resolve('');
bar.className = 'passage-bar no-print';
bar.hidden = true;
bar.append(quoteBtn!, linkBtn!);
s.after(bar);
// The bar's styles come with it; it shows once they have.
d.head.append(Object.assign(d.createElement('link'), { rel: 'stylesheet', href: css, onload: check }));
bar.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
quoteBtn!.addEventListener('click', () => quote.then(copyText).then(() => (quoteBtn!.textContent = '已复制引文')));
linkBtn!.addEventListener('click', () => copyText(link).then(() => (linkBtn!.textContent = '已复制链接')));
d.addEventListener('selectionchange', check);
