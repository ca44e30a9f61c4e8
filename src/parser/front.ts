/**
 * The head of a document and its letter parts, whatever the form: a printed 文件 with its 版头
 * (`济南市人民政府文件`, then the number, then the title), a 国务院令 (`中华人民共和国国务院令`,
 * `第706号`), a 函, or a web page that starts with the title (wrapped over lines) and the number.
 * Then the addressee, and the signature block (signing body or official, date, remarks) wherever
 * the letter is signed.
 */
import type { Signed } from '../model/schema.ts';
import { isoDate, looksLikeDate } from './dates.ts';
import { ParseError } from './errors.ts';
import { startsUnit } from './markers.ts';
import { isText, type Block, type TextBlock } from './read/block.ts';

export interface Header {
  /** The 版头 block, if printed. */
  masthead: TextBlock | null;
  /** The document number block, if printed. */
  docNumber: TextBlock | null;
  /** The title's blocks (a web page wraps a long title over several). */
  title: TextBlock[];
  /** Index of the first block after the header. */
  next: number;
}

export const DOC_NUMBER = /^\S*?[〔［[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\d+\s*号$|^\S*?第\d+号$/;
/** Names of issuing bodies, for a 函's 版头 (which has no 文件). */
const ORGAN = /(人民政府|办公厅|办公室|委员会|常务委员会|部|局|厅|署|院|会)$/;
const SENTENCE_END = /[。；！？：:]$/;
const WHOLLY_BRACKETED = /^[（(].*[）)]$/s;

/** Titles wrapped over two lines keep a stray space between Chinese characters; drop it. */
export function unwrapTitle(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff“”《》〈〉、])[\s\u3000]+(?=[\u3400-\u9fff“”《》〈〉、])/g, '');
}

function isMasthead(b: TextBlock, next: Block | undefined): boolean {
  if (/关于/.test(b.text) || b.text.length > 40) return false;
  return /(文件|令)$/.test(b.text) || (ORGAN.test(b.text) && isText(next) && DOC_NUMBER.test(next.text));
}

/** A line of a title: short, no sentence punctuation, not a number, a date or a note. */
function isTitleLine(b: TextBlock): boolean {
  const t = b.text;
  return t.length <= 60 && !SENTENCE_END.test(t) && !/[。；]/.test(t) && !startsUnit(t) && !looksLikeDate(t) && !WHOLLY_BRACKETED.test(t);
}

export function readHeader(blocks: readonly Block[]): Header {
  const header: Header = { masthead: null, docNumber: null, title: [], next: 0 };
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isText(b)) break;
    if (!header.docNumber && DOC_NUMBER.test(b.text)) header.docNumber = b;
    else if (i === 0 && isMasthead(b, blocks[i + 1])) header.masthead = b;
    // Paper prints 版头, number, title; a web page prints the title, then the number.
    else if (isTitleLine(b) && (header.masthead ? header.docNumber !== null : header.docNumber === null)) header.title.push(b);
    else break;
  }
  header.next = i;
  return header;
}

/** The addressee line (`各区县人民政府，市政府各部门（单位）：`), if the block is one. */
export function isAddressee(b: Block | undefined): b is TextBlock {
  return isText(b) && /^.+[：:]$/.test(b.text) && !/[。；]/.test(b.text) && b.text.length <= 150 && !startsUnit(b.text);
}

/** A signature: a short line naming a body or an official, with no punctuation. */
function isSignature(b: Block | undefined): b is TextBlock {
  return (
    isText(b) &&
    b.text.length <= 40 &&
    !/[。，；：！？、,;:]/.test(b.text) &&
    !startsUnit(b.text) &&
    !looksLikeDate(b.text) &&
    !WHOLLY_BRACKETED.test(b.text) &&
    !DOC_NUMBER.test(b.text)
  );
}

/** Index of the first signature followed by a date line in `[from, to)`, or -1. */
export function findSignature(blocks: readonly Block[], from: number, to: number): number {
  for (let j = from; j < to - 1; j++) {
    const date = blocks[j + 1];
    if (isSignature(blocks[j]) && isText(date) && looksLikeDate(date.text)) return j;
  }
  return -1;
}

/** The signature block at `at` (signature, date, remarks); returns it and the index after it. */
export function readSigned(blocks: readonly Block[], at: number): { signed: Signed; next: number } {
  const signature = blocks[at] as TextBlock;
  const dateBlock = blocks[at + 1] as TextBlock;
  const date = isoDate(dateBlock.text);
  if (!date) {
    throw new ParseError(
      'BAD_NOTICE',
      dateBlock.lines[0]!,
      `“${dateBlock.text}” is not a real date`,
      'the signature is followed by the date it was signed, e.g. 2023年2月10日',
      dateBlock.column,
    );
  }
  const remarks: string[] = [];
  let i = at + 2;
  for (let b = blocks[i]; isText(b) && WHOLLY_BRACKETED.test(b.text) && b.text.length <= 120; b = blocks[++i]) remarks.push(b.text);
  const inner = remarks.map((r) => r.slice(1, -1).trim());
  return {
    signed: {
      signature: signature.text,
      date,
      dateText: dateBlock.text,
      remarks,
      contact: inner.find((r) => r.startsWith('联系')) ?? null,
      publicRelease: inner.some((r) => r.includes('此件公开发布')),
    },
    next: i,
  };
}
