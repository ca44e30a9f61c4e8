/**
 * A numbered paragraph's head: the title it starts with, if any, and the text that follows.
 * `（一）营造畅通的准入退出环境。健全…` runs its title into its text; `二、保障措施` is a title
 * line; `（十三）支持在有条件的自贸试验区开展…试点。（负责部门：…）` has no title at all.
 */
import type { Paragraph } from '../model/schema.ts';
import type { Block, TextBlock } from './read/block.ts';

/** Longest title a lead sentence may have; longer first sentences are text, not titles. */
const MAX_TITLE = 40;
/** A title with commas is a few short phrases (`带量采购，以量换价`), never a clause of running text. */
const MAX_PHRASE = 12;
const MAX_PHRASES = 3;

/**
 * The lead sentence of a paragraph if it reads as a title: it ends with `。`, is short, and is
 * either simple (`实行极简高效的商事登记制度。`) or a few short phrases joined by commas
 * (`带量采购，以量换价。`). Sentences with semicolons or colons are text.
 */
export function leadTitle(text: string): string | null {
  const end = text.indexOf('。');
  if (end <= 0 || end > MAX_TITLE) return null;
  const lead = text.slice(0, end);
  if (/[；;：:]/.test(lead)) return null;
  const phrases = lead.split(/[，,]/);
  if (phrases.length === 1) return lead;
  return phrases.length <= MAX_PHRASES && phrases.every((p) => p.length > 0 && p.length <= MAX_PHRASE) && end < MAX_TITLE / 2 + 6
    ? lead
    : null;
}

export interface Head {
  title: string | null;
  titleInline: boolean;
  paragraphs: Paragraph[];
}

/** A block as a paragraph of the model (a table keeps its cells). */
export function paragraph(b: Block, text = b.text): Paragraph {
  return { text, lines: [...b.lines], ...(b.table ? { table: b.table } : {}) };
}

/** A bracketed note after a measure's text: `（负责部门：证监会、知识产权局）`. */
const NOTE = /^[（(][^（）()]*[）)]$/;

/**
 * Split a numbered head paragraph (its text after the marker) into its title and text. A lead
 * sentence followed by nothing but a bracketed note is the measure's whole text, not its title
 * (`支持…开展知识产权证券化试点。（负责部门：证监会、知识产权局）`).
 */
export function readHead(head: TextBlock, rest: string): Head {
  const trimmed = rest.trim();
  const bare = trimmed.replace(/[。.]$/, '');
  const candidate = leadTitle(trimmed);
  const lead = candidate !== null && NOTE.test(trimmed.slice(candidate.length + 1).trim()) ? null : candidate;
  // A head with no sentence end is a title line, commas and all (`二、丰富赛事活动，完善赛事体系`).
  if (head.heading || (lead !== null && lead === bare) || (lead === null && !/[。；！？]/.test(bare) && bare.length <= MAX_TITLE)) {
    return { title: bare || null, titleInline: false, paragraphs: [] };
  }
  return { title: lead, titleInline: lead !== null, paragraphs: [paragraph(head, trimmed)] };
}
