/**
 * Blocks to the document model. The head (版头, number, title) and the letter parts are read
 * first; then the document is either a notice or order that issues one or more texts after its
 * signature (印发通知, 国务院令), or itself the text, signed at its end (an 意见). Attachments
 * (附件) follow the signature; the 版记 (抄送, 印发) closes a printed document.
 */
import type { GlossaryConfigEntry, GlossaryTerm, Notice, Paragraph, Plan, Signed, Text, Unit } from '../model/schema.ts';
import { parseEndMatter, startsEndMatter } from './end-matter.ts';
import { Diagnostics, ParseError } from './errors.ts';
import { findSignature, isAddressee, readHeader, readSigned, unwrapTitle } from './front.ts';
import { isGlossaryHeading, parseGlossary } from './glossary.ts';
import { isText, type Block, type TextBlock } from './read/block.ts';
import { repairPageBreaks } from './repair.ts';
import { readText } from './text.ts';

export interface ComposeOptions {
  glossary: readonly GlossaryConfigEntry[];
  /** Rejoin paragraphs cut by page breaks (text that may come from a paginated PDF). */
  repair: boolean;
  /** Last line of the source, for errors at the end of the file. */
  lastLine: number;
}

const ATTACHMENT = /^附件\s*[0-9０-９]*$/;
const WHOLLY_BRACKETED = /^[（(].*[）)]$/s;
const plain = (b: Block): Paragraph => ({ text: b.text, lines: [...b.lines], ...(b.table ? { table: b.table } : {}) });

/** A text as found: its title, and the blocks of its body. */
interface TextSpec {
  title: string | null;
  /** Where the title is (or where it was expected). */
  at: Block | undefined;
  subtitle: string | null;
  addressee: string | null;
  body: Block[];
  signed: Signed | null;
}

export function composeDocument(blocks: readonly Block[], options: ComposeOptions, diagnostics: Diagnostics): Plan {
  const header = readHeader(blocks);
  const headerTitle = header.title.length > 0 ? unwrapTitle(header.title.map((b) => b.text).join('')) : null;
  let end = blocks.findIndex((b, i) => i >= header.next && startsEndMatter(b));
  if (end === -1) end = blocks.length;
  const endMatter = end < blocks.length ? parseEndMatter(blocks.slice(end), options.lastLine) : null;

  let i = header.next;
  const addressee = isAddressee(blocks[i]) ? (blocks[i++] as TextBlock).text.replace(/[：:]$/, '') : null;
  const sig = findSignature(blocks, i, end);
  let notice: Notice | null = null;
  let specs: TextSpec[];
  let after = i;
  if (sig === -1) {
    after = attachmentStart(blocks, i, end);
    specs = [
      { title: headerTitle, at: header.title[0] ?? blocks[i], subtitle: null, addressee, body: blocks.slice(i, after), signed: null },
    ];
  } else {
    const { signed, next } = readSigned(blocks, sig);
    after = attachmentStart(blocks, next, end);
    if (after > next) {
      notice = readNotice(blocks.slice(i, sig), headerTitle, addressee, signed, blocks[sig]!);
      specs = splitTexts(blocks.slice(next, after), notice);
    } else {
      specs = [{ title: headerTitle, at: header.title[0] ?? blocks[i], subtitle: null, addressee, body: blocks.slice(i, sig), signed }];
    }
  }

  const texts: Text[] = [];
  const units: Unit[] = [];
  const repairs: Plan['repairs'] = [];
  let glossary: GlossaryTerm[] | null = null;
  specs.forEach((spec, k) => {
    if (spec.title === null) {
      throw new ParseError(
        'NO_PLAN_TITLE',
        spec.at?.lines[0] ?? options.lastLine,
        'expected the document’s title before its text',
        'the title comes first (or after the 版头 and the document number), on a line of its own',
        spec.at?.column,
      );
    }
    const repaired = options.repair ? repairPageBreaks(spec.body) : { blocks: spec.body, repairs: [] };
    repairs.push(...repaired.repairs);
    const body = splitGlossary(repaired.blocks);
    if (body.glossary && glossary) {
      const at = body.glossary.heading;
      diagnostics.report(new ParseError('CONFIG', at.lines[0]!, 'a second 名词解释 section', 'a document has one glossary', at.column));
    } else if (body.glossary) {
      glossary = parseGlossary(body.glossary.heading, body.glossary.entries, options.glossary, diagnostics);
    }
    const read = readText(body.text, k, diagnostics);
    units.push(...read.units);
    texts.push({
      id: `t${k + 1}`,
      title: spec.title,
      subtitle: spec.subtitle,
      addressee: spec.addressee,
      scheme: read.scheme,
      preamble: read.preamble,
      closing: read.closing,
      signed: spec.signed,
      hasGlossary: body.glossary !== null,
    });
  });
  if (!glossary && options.glossary.length > 0) {
    diagnostics.report(
      new ParseError(
        'CONFIG',
        specs.at(-1)?.body.at(-1)?.lines[0] ?? options.lastLine,
        `the glossary configuration has ${options.glossary.length} entries, but the document has no 名词解释 heading`,
        '名词解释 starts the glossary, on a line of its own; check that it is present and spelled exactly',
      ),
    );
  }

  const masthead = header.masthead?.text ?? null;
  const printedNumber = header.docNumber?.text ?? null;
  return {
    masthead,
    issuer: issuerOf(masthead, headerTitle, notice?.signature ?? specs[0]?.signed?.signature ?? null, blocks[0]),
    // An order's number is printed bare (第706号) under its masthead, which names it.
    docNumber: printedNumber && masthead?.endsWith('令') && printedNumber.startsWith('第') ? `${masthead}${printedNumber}` : printedNumber,
    title: texts.length > 1 && notice?.title ? notice.title : texts[0]!.title,
    notice,
    texts,
    units,
    attachments: readAttachments(blocks.slice(after, end)),
    glossary: glossary ?? [],
    endMatter,
    errata: [],
    repairs: repairs.sort((a, b) => a.before - b.before),
  };
}

function readNotice(body: Block[], title: string | null, addressee: string | null, signed: Signed, at: Block): Notice {
  const paragraphs = body.filter(isText).map((b) => b.text);
  if (paragraphs.length === 0) {
    throw new ParseError(
      'BAD_NOTICE',
      at.lines[0]!,
      'the notice has no body text',
      'add the notice text between the addressee and the signature',
      at.column,
    );
  }
  return { title, addressee, body: paragraphs, ...signed };
}

/** Where the attachments start: the first label line (`附件`, `附件2`) in `[from, to)`, else `to`. */
function attachmentStart(blocks: readonly Block[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (isText(blocks[j]) && ATTACHMENT.test(blocks[j]!.text)) return j;
  return to;
}

/** The texts a notice issues: each starts with its title (one the notice names in 《》, or the first block). */
function splitTexts(region: Block[], notice: Notice): TextSpec[] {
  const named = new Set([...notice.body.join('').matchAll(/《([^》]+)》/g)].map((m) => unwrapTitle(m[1]!)));
  const bare = (b: TextBlock) => unwrapTitle(b.text.replace(/^《(.*)》$/, '$1'));
  const titled = (b: Block | undefined, first: boolean): b is TextBlock =>
    isText(b) && (named.has(bare(b)) || (first && (b.heading || (b.text.length <= 60 && !/[。；：:]/.test(b.text)))));
  const starts = region.flatMap((b, j) => (titled(b, j === 0) ? [j] : []));
  if (starts[0] !== 0) return [{ title: null, at: region[0], subtitle: null, addressee: null, body: region, signed: null }];
  return starts.map((s, k) => {
    const title = region[s] as TextBlock;
    const next = region[s + 1];
    const subtitle = isText(next) && WHOLLY_BRACKETED.test(next.text) ? next.text : null;
    const body = region.slice(s + (subtitle ? 2 : 1), starts[k + 1] ?? region.length);
    return { title: bare(title), at: title, subtitle, addressee: null, body, signed: null };
  });
}

/** The glossary section of a text's body (名词解释 and its entries), split off. */
function splitGlossary(body: Block[]): { text: Block[]; glossary: { heading: TextBlock; entries: TextBlock[] } | null } {
  const g = body.findIndex((b) => isText(b) && isGlossaryHeading(b));
  if (g === -1) return { text: body, glossary: null };
  return { text: body.slice(0, g), glossary: { heading: body[g] as TextBlock, entries: body.slice(g + 1).filter(isText) } };
}

function readAttachments(region: readonly Block[]): Plan['attachments'] {
  const out: Plan['attachments'] = [];
  for (const b of region) {
    if (isText(b) && ATTACHMENT.test(b.text)) {
      out.push({ label: b.text.replace(/\s+/g, ''), title: null, blocks: [] });
      continue;
    }
    const current = out.at(-1);
    if (!current) continue;
    if (current.title === null && current.blocks.length === 0 && isText(b) && b.text.length <= 60 && !/[。；]/.test(b.text))
      current.title = b.text;
    else current.blocks.push(plain(b));
  }
  return out;
}

/** The issuing body: from the 版头 (`济南市人民政府文件`), else the title (`国务院办公厅关于…`), else the signature. */
function issuerOf(masthead: string | null, title: string | null, signature: string | null, first: Block | undefined): string {
  if (masthead) return masthead.replace(/(文件|令)$/, '');
  const before = title && /^(.+?)关于/.exec(title)?.[1];
  if (before) return before;
  if (signature) return signature;
  throw new ParseError(
    'BAD_HEADER',
    first?.lines[0] ?? 1,
    'cannot tell the issuing body: no 版头, no title naming it (…关于…), no signature',
    'the document names its issuer in its header, its title or its signature',
    first?.column,
  );
}
