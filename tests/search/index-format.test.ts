import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../src/model/schema.ts';
import { buildIndex } from '../../src/search/index-format.ts';
import { ownText } from '../../src/view/unit.ts';

const plan = Plan.parse(JSON.parse(readFileSync('content/plan.json', 'utf8')));
const index = buildIndex(plan);

describe('buildIndex over the plan', () => {
  it('has one document per unit, per glossary entry, and one for the notice', () => {
    expect(index.docs).toHaveLength(plan.units.length + plan.glossary.length + 1);
    expect(new Set(index.docs.map((d) => d[0])).size).toBe(index.docs.length);
  });

  it('searches each unit’s own text exactly as the site shows it', () => {
    for (const u of plan.units) expect(index.docs.find((d) => d[0] === `m/${u.id}/`)![6]).toBe(ownText(u));
  });

  it('names the parents of a measure for its breadcrumb', () => {
    const d = index.docs.find((x) => x[0] === 'm/3-1-2/')!;
    expect(index.docs[index.docs[d[4]]![4]]![5]).toMatch(/^三、/);
    expect(index.docs[d[4]]![5]).toMatch(/^（一）/);
  });

  it('keys every glossary entry by its keys, pointing at its page', () => {
    for (const t of plan.glossary) {
      const entry = index.terms.find(([doc]) => index.docs[doc]![0] === `glossary/${t.slug}/`)!;
      expect(entry.slice(1)).toEqual(t.keys);
    }
  });

  it('lists every chapter for the filter', () => {
    expect(index.chapters.map(([id]) => id)).toEqual(plan.units.filter((u) => u.kind === 'chapter').map((u) => String(u.path[0])));
  });
});
