/** CRLF line ends and a byte-order mark change nothing: the seed saved either way parses to the same model. */
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/parser/index.ts';
import { parseErrorOf, parseSeed, seedBytes, seedSource } from './load.ts';

const clean = parseSeed();
const source = seedSource();
const BOM = '\uFEFF';
const crlf = (text: string): string => text.replaceAll('\n', '\r\n');

describe('the seed saved with other line ends or a BOM', () => {
  it('is clean as stored: LF line ends and no BOM', () => {
    expect(source.includes('\r')).toBe(false);
    expect(source.startsWith(BOM)).toBe(false);
  });

  it('parses to the same model with CRLF line ends', () => {
    expect(parseSeed(crlf(source))).toEqual(clean);
  });

  it('parses to the same model with a BOM', () => {
    expect(parseSeed(BOM + source)).toEqual(clean);
  });

  it('parses to the same model with a BOM and CRLF line ends', () => {
    expect(parseSeed(BOM + crlf(source))).toEqual(clean);
  });

  it('parses to the same model with bare CR line ends', () => {
    expect(parseSeed(source.replaceAll('\n', '\r'))).toEqual(clean);
  });
});

describe('decodeSeed', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('returns the seed’s text unchanged for the stored file', () => {
    expect(decodeSeed(seedBytes())).toBe(source);
  });

  it('drops a BOM and turns CRLF into LF', () => {
    expect(decodeSeed(bytes(BOM + crlf(source)))).toBe(source);
  });

  it('keeps a BOM-like character that is not at the start', () => {
    expect(decodeSeed(bytes(`甲${BOM}乙`))).toBe(`甲${BOM}乙`);
  });

  it('counts the line of an invalid byte in a CRLF file by its LFs', () => {
    const error = parseErrorOf(() => decodeSeed(new Uint8Array([...bytes('一\r\n二\r\n'), 0xff])));
    expect([error.code, error.line]).toEqual(['NOT_UTF8', 3]);
  });
});
