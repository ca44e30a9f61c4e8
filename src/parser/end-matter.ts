/** The 版记 after the last rule: 抄送, the printing office and the printing line (…印发). */
import type { EndMatter } from '../model/schema.ts';
import { isoDate } from './dates.ts';
import { ParseError } from './errors.ts';
import { isText, type Block } from './read/block.ts';

const PRINTED = /^(.*?)\s*(\d{4}年\d{1,2}月\d{1,2}日)印发$/;
export const CC = /^抄送[：:]/;

/** Whether the end matter starts at this block: a rule, the 抄送 line, or a printing line. */
export function startsEndMatter(b: Block): boolean {
  return b.kind === 'rule' || (isText(b) && (CC.test(b.text) || PRINTED.test(b.text)));
}

export function parseEndMatter(blocks: readonly Block[], lastLine: number): EndMatter {
  const text = blocks.filter(isText);
  const [cc, ...rest] = text;
  if (!cc || !CC.test(cc.text)) {
    throw new ParseError(
      'END_MATTER',
      cc?.lines[0] ?? lastLine,
      `expected the 抄送 line, found ${cc ? `“${cc.text.slice(0, 30)}”` : 'the end of the file'}`,
      'the end matter starts with 抄送：…',
      cc?.column,
    );
  }
  const ccText = cc.text.replace(CC, '').trim();
  let printedBy = '';
  let printed: (typeof text)[number] | undefined;
  for (const b of rest) {
    if (printed) {
      throw new ParseError(
        'TRAILING_TEXT',
        b.lines[0]!,
        `text after the printing line fits nowhere: “${b.text.slice(0, 30)}”`,
        'nothing may follow the “…印发” line except rules; move or delete this text',
        b.column,
      );
    }
    const m = PRINTED.exec(b.text);
    if (m) {
      printed = b;
      // An office before the date as well as on its own line: keep neither silently.
      if (m[1] && printedBy) {
        throw new ParseError(
          'TRAILING_TEXT',
          b.lines[0]!,
          `the printing office is named twice: “${printedBy}” and “${m[1]}”`,
          'name the printing office once, on its own line or before the “…印发” date',
          b.column,
        );
      }
      printedBy = m[1] || printedBy;
    } else if (!printedBy) {
      printedBy = b.text;
    } else {
      throw new ParseError(
        'TRAILING_TEXT',
        b.lines[0]!,
        `text in the end matter fits nowhere: “${b.text.slice(0, 30)}”`,
        'the end matter holds only 抄送, the printing office and the “…印发” date',
        b.column,
      );
    }
  }
  const m = printed && PRINTED.exec(printed.text);
  if (!printed || !m || !printedBy) {
    throw new ParseError(
      'END_MATTER',
      printed?.lines[0] ?? lastLine,
      'expected the printing office and a line like “2023年2月10日印发”',
      'the end matter ends with the printing office and date',
      printed?.column,
    );
  }
  const printedDate = isoDate(m[2]!);
  if (!printedDate) {
    throw new ParseError(
      'END_MATTER',
      printed.lines[0]!,
      `“${m[2]}” is not a real date`,
      'correct the printing date, e.g. 2023年2月10日印发',
      printed.column,
    );
  }
  return {
    ccText,
    cc: ccText.split(/[，,。；\s]+/).filter(Boolean),
    printedBy,
    printedDate,
    printedText: `${m[2]}印发`,
  };
}
