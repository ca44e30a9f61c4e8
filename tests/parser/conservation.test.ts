/**
 * Text conservation: the model holds every character of the seed, once and in order. The check
 * itself is proved to bite by mutating a correct model.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/schema.ts';
import { parsePlan } from '../../src/parser/index.ts';
import { expectedText, firstDifference, modelText, normalise } from '../support/conservation.ts';
import { fixture, parseSeed, seedErrata, seedSource, unitOf } from './load.ts';

const plan = parseSeed();
const expected = expectedText(seedSource(), seedErrata());
const check = (model: Plan) => firstDifference(expected, modelText(model));

/** A copy of the seed's model with one change made to it. */
function mutated(change: (model: Plan) => void): Plan {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
}

/** Replace `from` in `text`, failing loudly if it is not there (so no mutation is silently a no-op). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return text.replace(from, to);
}

describe('text conservation', () => {
  it('holds on the seed: the model reproduces its text after errata, without markup or whitespace', () => {
    expect(check(plan)).toBeNull();
  });

  it('holds on the minimal document', () => {
    const source = fixture('minimal');
    expect(firstDifference(expectedText(source), modelText(parsePlan(source)))).toBeNull();
  });

  it('holds on the document whose paragraph was cut by a page break', () => {
    const source = fixture('page-break-joined');
    expect(firstDifference(expectedText(source), modelText(parsePlan(source)))).toBeNull();
  });

  it('compares a text of the seed’s full length, not a trivially short one', () => {
    expect(expected.length).toBeGreaterThan(35_000);
    expect(expected.startsWith('济南市人民政府文件济政发〔2023〕1号济南市人民政府关于印发')).toBe(true);
    expect(expected.endsWith('济南市人民政府办公厅2023年2月10日印发')).toBe(true);
  });
});

describe('the conservation check fails on a mutated model', () => {
  it('when a sentence is dropped from one unit (三（一）2)', () => {
    const model = mutated((m) => {
      const p = unitOf(m, '3-1-2').paragraphs[0]!;
      p.text = edit(
        p.text,
        '推广商事登记“即时审批”模式，运用移动终端设备进行“即报即办、即审即核”；探索建立企业账号在线推送模式，切实提升企业开办效率。',
        '',
      );
    });
    expect(check(model)).toMatchObject({
      expected: expect.stringContaining('推广商事登记'),
      actual: expect.not.stringContaining('推广商事登记'),
    });
  });

  it('when a sentence is duplicated (五（四）2)', () => {
    const sentence = '继续打造山东（济南）法治生态圈，建设全方位、全要素、全链条山东（济南）法治生态圈。';
    const model = mutated((m) => {
      const p = unitOf(m, '5-4-2').paragraphs[0]!;
      p.text = edit(p.text, sentence, sentence + sentence);
    });
    expect(modelText(model).length).toBe(expected.length + normalise(sentence).length);
    expect(check(model)).not.toBeNull();
  });

  it('when two units are swapped', () => {
    const model = mutated((m) => {
      const a = m.units.findIndex((u) => u.id === '3-1-2');
      const b = m.units.findIndex((u) => u.id === '3-1-3');
      [m.units[a], m.units[b]] = [m.units[b]!, m.units[a]!];
    });
    expect(modelText(model).length).toBe(expected.length);
    expect(check(model)).toMatchObject({ expected: expect.stringContaining('2.实行极简'), actual: expect.stringContaining('3.建立便易') });
  });

  it('when the texts of two sibling units are swapped under their own numbers', () => {
    const model = mutated((m) => {
      const [a, b] = [unitOf(m, '8-2-1'), unitOf(m, '8-2-2')];
      [a.paragraphs, b.paragraphs] = [b.paragraphs, a.paragraphs];
    });
    expect(check(model)).not.toBeNull();
  });

  it('when a glossary definition loses its page-break continuation', () => {
    const model = mutated((m) => {
      const t = m.glossary.find((g) => g.slug === '1-2')!;
      t.definition = edit(t.definition, '经济两个万亿级产业发展高地。', '');
    });
    expect(check(model)).not.toBeNull();
  });

  it('when the model was parsed without the errata', () => {
    const unfixed = parsePlan(seedSource(), { glossary: [] });
    expect(check(unfixed)).toMatchObject({
      expected: expect.stringContaining('布局和国土'),
      actual: expect.stringContaining('布局and国土'),
    });
  });
});
