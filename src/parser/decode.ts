import { ParseError } from './errors.ts';

/**
 * Bytes to text, strictly: invalid UTF-8 is reported with the line it is on.
 * A BOM is dropped and CRLF/CR line ends become LF, so such files parse as the clean seed.
 */
export function decodeSeed(bytes: Uint8Array): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    // Count LF, CRLF and lone CR alike, as normalizeNewlines does.
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    throw new ParseError(
      'NOT_UTF8',
      line,
      `the seed is not valid UTF-8 (byte ${bad}, 0x${bytes[bad]!.toString(16).padStart(2, '0')})`,
      'save the file as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`)',
    );
  }
  return normalizeNewlines(new TextDecoder('utf-8').decode(bytes));
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
