/**
 * A policy document's outline as flat, addressable units. Ids are the printed numbers
 * (`3-1-2` for 三（一）2); labels are how the document is cited (`三（一）2`); a section printed
 * without numbered measures has its paragraphs numbered in reading order (`八（二）第1段`).
 */
import type { Unit, UnitKind } from '../model/schema.ts';
import { leadTitle, paragraph, readHead } from './heads.ts';
import type { Node, Outline } from './outline.ts';
import { printedMarker } from './markers.ts';
import { toChineseNumeral } from './numerals.ts';
import { adopt, makeUnit } from './unit.ts';

const KIND: Record<string, UnitKind> = { chapter: 'chapter', section: 'section', measure: 'measure', point: 'point' };

/** A unit's own part of its label: `三`, `（一）`, `2`, `（1）`. */
function numberOf(node: Node): string {
  return node.level === 'chapter'
    ? toChineseNumeral(node.n)
    : node.level === 'measure'
      ? String(node.n)
      : printedMarker('outline', node.level, node.n);
}

/** `三` + `（一）` + `2`; a measure straight under a chapter (a skipped level) is set off by 、 (`二、1`). */
function joinLabel(parent: Unit | null, number: string, kind: UnitKind): string {
  if (!parent) return number;
  return parent.kind === 'chapter' && kind === 'measure' ? `${parent.label}、${number}` : `${parent.label}${number}`;
}

export function outlineUnits(outline: Outline, textIndex: number): Unit[] {
  const units: Unit[] = [];
  const byId = new Map<string, Unit>();
  const visit = (node: Node, parent: Unit | null, path: number[]): void => {
    const kind = KIND[node.level]!;
    const number = numberOf(node);
    const head = readHead(node.head, node.marker.rest);
    const bySection = kind === 'section' && node.children.length === 0;
    const unit = makeUnit(
      {
        kind,
        path,
        marker: printedMarker('outline', node.level, node.n),
        number,
        label: joinLabel(parent, number, kind),
        title: head.title,
        titleInline: head.titleInline,
        paragraphs: bySection ? head.paragraphs : [...head.paragraphs, ...node.loose.map((b) => paragraph(b))],
        lines: [...node.head.lines, ...(bySection ? [] : node.loose.flatMap((b) => b.lines))],
      },
      parent,
      textIndex,
    );
    adopt(units, parent, unit, byId);
    if (bySection) {
      // A section printed without numbers: each paragraph is a measure, numbered in reading order.
      node.loose.forEach((b, k) => {
        const title = leadTitle(b.text);
        const measure = makeUnit(
          {
            kind: 'measure',
            path: [...path, k + 1],
            marker: null,
            number: `第${k + 1}段`,
            label: `${unit.label}第${k + 1}段`,
            title,
            titleInline: title !== null,
            paragraphs: [paragraph(b)],
            lines: b.lines,
          },
          unit,
          textIndex,
        );
        adopt(units, unit, measure, byId);
      });
    }
    for (const child of node.children) visit(child, unit, [...path, child.n]);
  };
  for (const root of outline.roots) visit(root, null, [root.n]);
  return units;
}
