/**
 * Akoma Ntoso-style element ids: one `<type>_<number>` segment per level, joined by `__`
 * (`chp_3__sec_1__point_2`). Chapters are `chp`, sections `sec`, numbered measures `point`,
 * unnumbered paragraphs of a section `para`, and the `（1）` points inside a measure `item`.
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
      return u.numbered ? `point_${n}` : `para_${n}`;
    case 'point':
      return `item_${n}`;
  }
}

/** The eId of `unit`, built from its own and its ancestors' kinds and numbers. */
export function eId(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  return lineage(byId, unit).map(segment).join('__');
}
