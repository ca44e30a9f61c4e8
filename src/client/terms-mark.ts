/**
 * /terms/: marks the entry's term in each of its excerpts. Loaded by site.js on the first
 * interaction with the page: marked in the HTML, the 293 excerpts would cost the page about
 * 0.9 KB gzip (the tags split the runs of text gzip matches across excerpts), more than its
 * budget leaves. Bold, in the muted excerpt. Without scripts the excerpts read the same, unmarked.
 */
for (const h of document.querySelectorAll('.group h3')) {
  const term = /“[^”]+”/.exec(h.firstChild?.textContent ?? '')?.[0];
  let el = h.nextElementSibling;
  while (el && el.tagName != 'OL') el = el.nextElementSibling;
  if (!term || !el) continue;
  for (const li of el.children) {
    const text = li.lastChild;
    const at = text?.nodeType == 3 ? text.textContent!.indexOf(term) : -1;
    if (at < 0) continue;
    const b = document.createElement('b');
    (text as Text).splitText(at).splitText(term.length);
    b.append(text!.nextSibling!);
    text!.after(b);
  }
}
