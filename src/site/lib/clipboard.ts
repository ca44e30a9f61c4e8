/**
 * Put text on the clipboard from a click. `navigator.clipboard` exists only in secure contexts
 * (HTTPS, localhost), and an intranet copy of the site may well be served over plain HTTP: there,
 * or when the API refuses, the text is copied from a hidden textarea with execCommand('copy'),
 * and the reader's selection is put back afterwards (the passage tools copy while text is selected).
 */
export function copyText(text: string): Promise<void> {
  const c = navigator.clipboard;
  return c ? c.writeText(text).catch(() => legacyCopy(text)) : legacyCopy(text);
}

function legacyCopy(text: string): Promise<void> {
  const d = document,
    g = getSelection(),
    ranges = g ? Array.from({ length: g.rangeCount }, (_, i) => g.getRangeAt(i)) : [],
    a = d.createElement('textarea');
  a.value = text;
  a.readOnly = true;
  // Fixed at the top, so selecting it scrolls nothing; removed before the next paint.
  a.style.cssText = 'position:fixed;top:0;opacity:0';
  d.body.append(a);
  a.select();
  const done = d.execCommand('copy');
  a.remove();
  g?.removeAllRanges();
  for (const r of ranges) g?.addRange(r);
  return done ? Promise.resolve() : Promise.reject(new Error('copy refused'));
}
