/**
 * /terms/: marks the entry's term in each of its excerpts. Loaded by site.js on the first
 * interaction with the page: marked in the HTML, the 293 excerpts would cost the page about
 * 0.9 KB gzip (the tags split the runs of text gzip matches across excerpts), more than its
 * budget leaves. Bold, in the muted excerpt. Without scripts the excerpts read the same, unmarked.
 *
 * It also loads the filter (js/terms-filter.js) on first focus of its box, or at once with ?q=:
 * here rather than in site.js, which every page loads, so other pages do not carry the bytes.
 */
const d = document,
  filter = d.querySelector<HTMLInputElement>('#term-q'),
  terms = () =>
    d.head.append(
      Object.assign(d.createElement('script'), { src: new URL('terms-filter.js', (d.currentScript as HTMLScriptElement).src) }),
    );
if (filter && (/[?&]q=/.test(location.search) || filter.matches(':focus'))) terms();
else filter?.addEventListener('focus', terms, { once: true });
for (const h of d.querySelectorAll('.group h3')) {
  const term = /“[^”]+”/.exec(h.firstChild?.textContent ?? '')?.[0];
  let el = h.nextElementSibling;
  while (el && el.tagName != 'OL') el = el.nextElementSibling;
  if (!term || !el) continue;
  for (const li of el.children) {
    const text = li.lastChild;
    const at = text?.nodeType == 3 ? text.textContent!.indexOf(term) : -1;
    if (at < 0) continue;
    // The excerpt goes into one <span> first: on wide screens the item is a two-column grid, where
    // the text before the term, the term and the text after would each become a cell of their own.
    const b = d.createElement('b'),
      span = d.createElement('span');
    text!.before(span);
    span.append(text!);
    (text as Text).splitText(at).splitText(term.length);
    b.append(text!.nextSibling!);
    text!.after(b);
  }
}
