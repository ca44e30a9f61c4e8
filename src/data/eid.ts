/**
 * Akoma Ntoso-style element ids: one `<type>_<number>` segment per level, joined by `__`
 * (`chp_3__sec_1__point_2`). Chapters are `chp`, sections `sec`, numbered measures `point`,
 * unnumbered paragraphs of a section `para`, and the `（1）` points inside a measure `item`; in a
 * regulation, parts `part`, articles `art`, their paragraphs (款) `para`, items (项) `point` and
 * sub-items (目) `item` (`art_12__para_2__point_3`). Units of a second or later text carry
 * `doc_<n>` first.
 */
import type { Unit } from '../model/schema.ts';
import { lineage } from '../view/unit.ts';

function segment(u: Unit): string {
  const n = u.path.at(-1)!;
  switch (u.kind) {
    case 'chapter':
      return `chp_${n}`;
    case 'section':
      return `sec_${n}`;
    case 'measure':
      return u.marker !== null ? `point_${n}` : `para_${n}`;
    case 'point':
      return `item_${n}`;
    case 'part':
      return `part_${n}`;
    case 'article':
      return `art_${n}`;
    case 'clause':
      return `para_${n}`;
    case 'item':
      return `point_${n}`;
  }
}

/** The eId of `unit`, built from its own and its ancestors' kinds and numbers. */
export function eId(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  const parts = lineage(byId, unit).map(segment);
  const text = /^t(\d+)-/.exec(unit.id);
  return [...(text ? [`doc_${text[1]}`] : []), ...parts].join('__');
}
