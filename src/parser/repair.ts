/**
 * The one mechanical repair text extracted from a paginated PDF needs: a paragraph split
 * mid-sentence at a page break is rejoined with the paragraph that continues it. A paragraph is
 * complete when it ends with sentence-final punctuation (possibly followed by closing quotes or
 * brackets), with such punctuation followed by a bracketed note (`。（生态环境部牵头，…参与）`), or
 * when it is wholly in brackets (`（此件公开发布）`). Only the rest were cut.
 */
import type { PageBreakRepair } from '../model/schema.ts';
import { readMarker, startsUnit } from './markers.ts';
import type { Block } from './read/block.ts';

const TERMINAL = /(?:[。！？；：…][”’」』）)]*|[。！？；…][”’」』]*[（(][^（）()]*[）)]|^[（(][^（）()]*[）)])$/;

export function endsMidSentence(text: string): boolean {
  return !TERMINAL.test(text);
}

/** A numbered line with no punctuation at all is a heading line (`二、保障措施`), never a fragment. */
function isTitleLine(text: string): boolean {
  const m = readMarker(text, 'outline') ?? readMarker(text, 'regulation');
  return m !== null && !/[。，、；：！？,;:!?]/.test(m.rest);
}

/**
 * Rejoin a paragraph that ends mid-sentence with the plain paragraph that follows it. A heading,
 * a numbered line, a glossary entry, a table or a rule is never a continuation, so two real
 * paragraphs are never joined.
 */
export function repairPageBreaks(blocks: readonly Block[]): { blocks: Block[]; repairs: PageBreakRepair[] } {
  const out: Block[] = [];
  const repairs: PageBreakRepair[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (
      prev?.kind === 'text' &&
      b.kind === 'text' &&
      !prev.heading &&
      !isTitleLine(prev.text) &&
      endsMidSentence(prev.text) &&
      !b.heading &&
      !startsUnit(b.text) &&
      !b.entry
    ) {
      repairs.push({ before: prev.lines.at(-1)!, after: b.lines[0]! });
      out[out.length - 1] = {
        ...prev,
        text: prev.text + b.text,
        lines: [...prev.lines, ...b.lines],
        entry: prev.entry && { ...prev.entry, definition: prev.entry.definition + b.text },
      };
    } else {
      out.push({ ...b, lines: [...b.lines], entry: b.entry && { ...b.entry } });
    }
  }
  return { blocks: out, repairs };
}
