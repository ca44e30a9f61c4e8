/** Building one unit of the model: its id, label and source span from its place in the tree. */
import type { Paragraph, SourceSpan, Unit, UnitKind } from '../model/schema.ts';

export interface UnitSpec {
  kind: UnitKind;
  /** The id's numbers below the text prefix. */
  path: number[];
  /** `a` for articles and what they hold, whose numbers run through the whole text. */
  idPrefix?: 'a';
  marker: string | null;
  number: string;
  label: string;
  title: string | null;
  titleInline: boolean;
  paragraphs: Paragraph[];
  /** Source lines of the unit's own head and paragraphs. */
  lines: number[];
}

/** `t2-` for the second issued text, nothing for the first. */
export const textPrefix = (textIndex: number): string => (textIndex === 0 ? '' : `t${textIndex + 1}-`);

export function makeUnit(spec: UnitSpec, parent: Unit | null, textIndex: number): Unit {
  return {
    id: `${textPrefix(textIndex)}${spec.idPrefix ?? ''}${spec.path.join('-')}`,
    kind: spec.kind,
    path: spec.path,
    marker: spec.marker,
    number: spec.number,
    label: spec.label,
    title: spec.title,
    titleInline: spec.titleInline,
    paragraphs: spec.paragraphs,
    parent: parent?.id ?? null,
    children: [],
    terms: [],
    source: span(spec.lines),
  };
}

export function span(lines: readonly number[]): SourceSpan {
  return { start: Math.min(...lines), end: Math.max(...lines) };
}

/** Append `child` under `parent` and widen the parent's source span (and its ancestors') to cover it. */
export function adopt(units: Unit[], parent: Unit | null, child: Unit, byId: Map<string, Unit>): void {
  units.push(child);
  byId.set(child.id, child);
  if (!parent) return;
  parent.children.push(child.id);
  for (let p: Unit | undefined = parent; p; p = p.parent === null ? undefined : byId.get(p.parent)) {
    p.source = { start: Math.min(p.source.start, child.source.start), end: Math.max(p.source.end, child.source.end) };
  }
}
