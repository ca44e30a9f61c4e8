/** The document header and the covering notice (通知), which precede the plan itself. */
import type { Notice } from '../model/schema.ts';
import type { Block, TextBlock } from './blocks.ts';
import { ParseError } from './errors.ts';

export interface Front {
  issuer: string;
  docNumber: string;
  notice: Notice;
  /** The plan title heading block. */
  title: TextBlock;
  /** Index of the first block after the title. */
  next: number;
}

const DOC_NUMBER = /^\S+〔\d{4}〕\d+号$/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const REMARK = /^[（(](.*)[）)]$/;

/** `2023年2月10日` → `2023-02-10`, or null. */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Titles wrapped over two PDF lines keep a stray space between Chinese characters; drop it. */
export function unwrapTitle(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff“”《》])\s+(?=[\u3400-\u9fff“”《》])/g, '');
}

export function parseFront(blocks: readonly Block[], lastLine: number): Front {
  let i = 0;
  const take = (what: string, code: ParseError['code'], hint: string): TextBlock => {
    const b = blocks[i];
    if (!b || b.kind !== 'text') {
      throw new ParseError(code, b?.line ?? lastLine, `expected ${what}, found ${b ? 'a rule' : 'the end of the file'}`, hint);
    }
    i++;
    return b;
  };
  const header = take('the document header (e.g. 济南市人民政府文件)', 'EMPTY', 'the seed must start with the issuing body’s header line');
  // The model keeps only the issuer and the site prints “<issuer>文件”: a header without 文件 would gain it.
  if (!header.text.endsWith('文件')) {
    throw new ParseError(
      'BAD_HEADER',
      header.line,
      `expected the header to end in 文件 (like 济南市人民政府文件), found “${header.text.slice(0, 30)}”`,
      'the first line is the issuing body’s header, e.g. # 济南市人民政府文件',
    );
  }
  const issuer = header.text.replace(/文件$/, '');
  const num = take('the document number', 'BAD_HEADER', 'the second line must be the document number, e.g. 济政发〔2023〕1号');
  if (!DOC_NUMBER.test(num.text)) {
    throw new ParseError(
      'BAD_HEADER',
      num.line,
      `expected the document number (like 济政发〔2023〕1号), found “${num.text}”`,
      'the line after the header must be the document number',
    );
  }
  const titleBlock = take('the notice title', 'BAD_NOTICE', 'the notice title (…的通知) follows the document number');
  const noticeTitle = unwrapTitle(titleBlock.text);
  if (!/通知$/.test(noticeTitle)) {
    throw new ParseError(
      'BAD_NOTICE',
      titleBlock.line,
      `expected the notice title ending in 通知, found “${titleBlock.text}”`,
      'the notice title follows the document number',
    );
  }
  const to = take('the addressee line', 'BAD_NOTICE', 'the addressee line ends with a colon, e.g. 各区县人民政府，市政府各部门（单位）：');
  if (!/[：:]$/.test(to.text)) {
    throw new ParseError(
      'BAD_NOTICE',
      to.line,
      `expected the addressee line ending in “：”, found “${to.text}”`,
      'the addressee line follows the notice title',
    );
  }
  const body: string[] = [];
  for (;;) {
    const b = take(`the signature “${issuer}”`, 'BAD_NOTICE', `the notice body ends with the signature line “${issuer}”`);
    if (b.text === issuer) break;
    if (b.heading) {
      throw new ParseError(
        'BAD_NOTICE',
        b.line,
        `expected the notice body or the signature “${issuer}”, found a heading`,
        'the notice must be signed by the issuer before the plan title',
      );
    }
    body.push(b.text);
  }
  if (body.length === 0) {
    throw new ParseError(
      'BAD_NOTICE',
      blocks[i - 1]!.line,
      'the notice has no body text',
      'add the notice text between the addressee and the signature',
    );
  }
  const dateBlock = take('the signature date', 'BAD_NOTICE', 'the signature is followed by the date, e.g. 2023年2月10日');
  const date = isoDate(dateBlock.text);
  if (!date) {
    throw new ParseError(
      'BAD_NOTICE',
      dateBlock.line,
      `expected a date like 2023年2月10日, found “${dateBlock.text}”`,
      'the signature is followed by the date',
    );
  }
  const remarks: string[] = [];
  while (blocks[i]?.kind === 'text' && REMARK.test((blocks[i] as TextBlock).text)) remarks.push((blocks[i++] as TextBlock).text);
  const title = take('the plan title', 'NO_PLAN_TITLE', 'the plan title heading follows the notice');
  if (!title.heading) {
    throw new ParseError(
      'NO_PLAN_TITLE',
      title.line,
      `expected the plan title as a heading, found “${title.text.slice(0, 30)}”`,
      'the plan title (a # heading) follows the notice',
    );
  }
  const contactRemark = remarks.map((r) => REMARK.exec(r)![1]!).find((r) => r.startsWith('联系'));
  return {
    issuer,
    docNumber: num.text,
    notice: {
      title: noticeTitle,
      addressee: to.text.replace(/[：:]$/, ''),
      body,
      signature: issuer,
      date,
      dateText: dateBlock.text,
      remarks,
      contact: contactRemark ?? null,
      publicRelease: remarks.some((r) => r.includes('此件公开发布')),
    },
    title,
    next: i,
  };
}
