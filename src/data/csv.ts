/**
 * RFC 4180 CSV: every field quoted where it holds a comma, quote or line break, quotes doubled,
 * CRLF between records, and a UTF-8 byte-order mark so that Excel reads the Chinese text.
 */
export const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
