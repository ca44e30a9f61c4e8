/**
 * A regulation's tree as flat, addressable units. Divisions take the ids of their numbers
 * (`2` for 第二章, `2-1` for its 第一节); articles, numbered through the whole text, `a12`; an
 * article of several paragraphs has a unit per 款 (`a12-2`, 第十二条第二款), and items are
 * numbered within their 款 (`a12-2-3`, 第十二条第二款第（三）项; `a8-1-3`, 第八条第（三）项, when
 * the article has one paragraph).
 */
import type { Unit, UnitKind } from '../model/schema.ts';
import { paragraph } from './heads.ts';
import type { Article, Clause, Division, RegulationTree } from './regulation.ts';
import type { TextBlock } from './read/block.ts';
import { printedMarker } from './markers.ts';
import { toChineseNumeral } from './numerals.ts';
import { adopt, makeUnit } from './unit.ts';

/** Spaces inside a short heading are typographic (`总　　则`), not part of the title. */
const unspace = (s: string): string => s.replace(/[\s\u3000]+/g, '');

export function regulationUnits(tree: RegulationTree, textIndex: number): Unit[] {
  const units: Unit[] = [];
  const byId = new Map<string, Unit>();

  const division = (d: Division, parent: Unit | null, path: number[]): void => {
    const number = printedMarker('regulation', d.level, d.n);
    const unit = makeUnit(
      {
        kind: d.level as UnitKind,
        path,
        marker: number,
        number,
        label: `${parent?.label ?? ''}${number}`,
        title: unspace(d.marker.rest) || null,
        titleInline: false,
        paragraphs: d.loose.map((b) => paragraph(b)),
        lines: [...d.head.lines, ...d.loose.flatMap((b) => b.lines)],
      },
      parent,
      textIndex,
    );
    adopt(units, parent, unit, byId);
    children(d.children, unit, path);
  };

  const children = (nodes: readonly (Division | Article)[], parent: Unit | null, path: number[]): void => {
    for (const n of nodes) {
      if (n.kind === 'division') division(n, parent, [...path, n.n]);
      else article(n, parent);
    }
  };

  const article = (a: Article, parent: Unit | null): void => {
    const number = printedMarker('regulation', 'article', a.n);
    const single = a.clauses.length === 1;
    const unit = makeUnit(
      {
        kind: 'article',
        path: [a.n],
        idPrefix: 'a',
        marker: number,
        number,
        label: number,
        title: null,
        titleInline: false,
        paragraphs: single ? [paragraph(a.clauses[0]!.head, a.clauses[0]!.text)] : [],
        lines: [...a.head.lines, ...(single ? a.clauses[0]!.head.lines : [])],
      },
      parent,
      textIndex,
    );
    adopt(units, parent, unit, byId);
    a.clauses.forEach((c, k) => {
      if (single) return items(c, unit, [a.n, 1]);
      const clause = makeUnit(
        {
          kind: 'clause',
          path: [a.n, k + 1],
          idPrefix: 'a',
          marker: null,
          number: `第${toChineseNumeral(k + 1)}款`,
          label: `${number}第${toChineseNumeral(k + 1)}款`,
          title: null,
          titleInline: false,
          paragraphs: [paragraph(c.head, c.text)],
          lines: c.head.lines,
        },
        unit,
        textIndex,
      );
      adopt(units, unit, clause, byId);
      items(c, clause, [a.n, k + 1]);
    });
  };

  /** A numbered line inside an article: an item (项, （一）) or a sub-item (目, 1.), its text after the number. */
  const listed = (kind: 'item' | 'point', n: number, head: TextBlock, rest: string, parent: Unit, path: number[]): Unit => {
    const marker = printedMarker('regulation', kind, n);
    const number = kind === 'item' ? `第${marker}项` : `第${n}目`;
    const unit = makeUnit(
      {
        kind,
        path: [...path, n],
        idPrefix: 'a',
        marker,
        number,
        label: `${parent.label}${number}`,
        title: null,
        titleInline: false,
        paragraphs: [paragraph(head, rest)],
        lines: head.lines,
      },
      parent,
      textIndex,
    );
    adopt(units, parent, unit, byId);
    return unit;
  };

  const items = (c: Clause, parent: Unit, path: number[]): void => {
    for (const it of c.items) {
      const item = listed('item', it.n, it.head, it.marker.rest, parent, path);
      for (const p of it.points) listed('point', p.n, p.head, p.marker.rest, item, [...path, it.n]);
    }
  };

  children(tree.roots, null, []);
  return units;
}
