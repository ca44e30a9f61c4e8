/** Stage 4: the outline tree to flat, addressable units with ids, labels and titles. */
import type { Paragraph, Unit, UnitKind } from '../model/schema.ts';
import type { TextBlock } from './blocks.ts';
import type { Node, Outline } from './outline.ts';
import { printedMarker } from './outline.ts';
import { toChineseNumeral } from './numerals.ts';

const KIND: Record<Node['level'], UnitKind> = { chapter: 'chapter', section: 'section', item: 'measure', point: 'point' };

/** Longest title a lead sentence may have; longer first sentences are text, not titles. */
const MAX_TITLE = 40;

/**
 * The lead sentence of a paragraph if it reads as a title: it ends with `。` and is short and
 * simple (no comma), like `实行极简高效的商事登记制度。` or `坚持党的领导、人民至上。`.
 */
export function leadTitle(text: string): string | null {
  const end = text.indexOf('。');
  if (end <= 0 || end > MAX_TITLE) return null;
  const lead = text.slice(0, end);
  return /[，,；;：:]/.test(lead) ? null : lead;
}

function paragraph(b: TextBlock, text: string): Paragraph {
  return { text, lines: [...b.lines] };
}

function span(own: readonly TextBlock[], children: readonly Unit[]): Unit['source'] {
  const lines = own.flatMap((b) => b.lines);
  for (const c of children) lines.push(c.source.end);
  return { start: Math.min(...lines), end: Math.max(...lines) };
}

interface Head {
  title: string | null;
  titleInline: boolean;
  paragraphs: Paragraph[];
}

/** Split a numbered head line into its title and text. */
function readHead(head: TextBlock, text: string): Head {
  const trimmed = text.trim();
  const bare = trimmed.replace(/[。.]$/, '');
  const lead = leadTitle(trimmed);
  if (head.heading || (lead !== null && lead === bare) || (lead === null && !/[。，]/.test(bare))) {
    return { title: bare || null, titleInline: false, paragraphs: [] };
  }
  return { title: lead, titleInline: lead !== null, paragraphs: [paragraph(head, trimmed)] };
}

export function toUnits(outline: Outline): Unit[] {
  const units: Unit[] = [];

  const visit = (node: Node, parent: Unit | null, path: number[]): Unit => {
    const kind = KIND[node.level];
    const marker = printedMarker(node.level, node.n);
    const label =
      parent === null
        ? toChineseNumeral(node.n)
        : kind === 'section'
          ? `${parent.label}${marker}`
          : kind === 'measure'
            ? `${parent.label}${node.n}`
            : `${parent.label}${marker}`;
    const head = readHead(node.head, node.head.marker!.text);
    const unit: Unit = {
      id: path.join('-'),
      kind,
      path,
      numbered: true,
      marker,
      label,
      title: head.title,
      titleInline: head.titleInline,
      paragraphs: head.paragraphs,
      parent: parent?.id ?? null,
      children: [],
      terms: [],
      source: { start: node.head.line, end: node.head.line },
    };
    units.push(unit);
    const children: Unit[] = [];
    if (kind === 'section' && node.children.length === 0) {
      // A section printed without numbers: each paragraph is a measure, numbered in reading order.
      node.loose.forEach((b, k) => {
        const title = leadTitle(b.text);
        const m: Unit = {
          id: [...path, k + 1].join('-'),
          kind: 'measure',
          path: [...path, k + 1],
          numbered: false,
          marker: '',
          label: `${label}第${k + 1}段`,
          title,
          titleInline: title !== null,
          paragraphs: [paragraph(b, b.text)],
          parent: unit.id,
          children: [],
          terms: [],
          source: { start: b.line, end: b.lines.at(-1)! },
        };
        units.push(m);
        children.push(m);
      });
    } else {
      unit.paragraphs.push(...node.loose.map((b) => paragraph(b, b.text)));
      for (const child of node.children) children.push(visit(child, unit, [...path, child.n]));
    }
    unit.children = children.map((c) => c.id);
    unit.source = span([node.head, ...(kind === 'section' && node.children.length === 0 ? [] : node.loose)], children);
    return unit;
  };

  for (const chapter of outline.chapters) visit(chapter, null, [chapter.n]);
  return units;
}
