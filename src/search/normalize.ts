/**
 * Full-width/half-width folding for Ctrl+F-like matching. Every UTF-16 code unit maps to exactly
 * one code unit, so an offset found in folded text is the same offset in the original text and
 * highlights can be drawn on the original without a position map.
 */

/** Fold full-width ASCII forms (！…～) to ASCII, the ideographic space to a space, and A–Z to a–z. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += foldAscii(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += foldAscii(c);
  }
  return out;
}

function foldAscii(c: number): string {
  return String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c);
}

/** A query as typed, trimmed and with runs of white space collapsed to one space, then folded. */
export function foldQuery(query: string): string {
  return fold(query.trim().replace(/[\s\u3000]+/g, ' '));
}
