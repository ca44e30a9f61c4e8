/**
 * Gate 5 (parser): thousands of reproducible hostile edits of the real seed — lines dropped,
 * duplicated, swapped, truncated, lengthened; `{`, `<script>`, `</`, backticks, NUL, BOMs, CRs and
 * Markdown or outline markers injected — each either parses to a schema-valid model that keeps
 * every character of the text, or fails with a ParseError on a line of the file. Never a TypeError,
 * a RangeError or any other crash. Saved with CRLF, CR or a BOM, each edit parses the same way.
 *
 * MUTATIONS (default 2400) and MUTATION_SEED (default 20230210) change the run; a failure names the
 * PRNG seed and the edits, so `MUTATION_SEED=<seed> MUTATIONS=1` replays it.
 */
import { describe, expect, it } from 'vitest';
import { normalizeNewlines } from '../../src/parser/decode.ts';
import { mutate, prng, resave } from '../support/mutate.ts';
import { parseErrorOf, seedErrata, seedGlossary, seedSource } from '../parser/load.ts';
import { parsePlan } from '../../src/parser/index.ts';
import { check, sameOutcome, type Options } from './hostile-seed.ts';

const COUNT = Number(process.env.MUTATIONS ?? 2400);
const FIRST_SEED = Number(process.env.MUTATION_SEED ?? 20230210);
const lines = seedSource().split('\n');
const withErrata: Options = { errata: seedErrata(), glossary: seedGlossary() };
const withoutErrata: Options = { errata: [], glossary: seedGlossary() };

describe('the parser on a hostile seed', () => {
  it('starts from a seed that parses and keeps its text, with and without its errata', () => {
    expect(check(lines.join('\n'), withErrata).outcome?.kind).toBe('model');
    expect(check(lines.join('\n'), withoutErrata).outcome?.kind).toBe('model');
  });

  // Thousands of parses: a behaviour test, given room on a busy machine (its time is not what it checks).
  it(`returns a model that keeps the text, or a ParseError with a line in the file, for ${COUNT} edits`, () => {
    const problems: string[] = [];
    const tally = { model: 0, error: 0 };
    const codes = new Map<string, number>();
    for (let k = 0; k < COUNT; k++) {
      const seed = FIRST_SEED + k;
      const rand = prng(seed);
      const m = mutate(rand, lines);
      // Edits that move lines make the declared errata miss; half the runs leave them out to go deeper.
      const options = rand() < 0.5 ? withErrata : withoutErrata;
      const { outcome, problem } = check(m.lines.join('\n'), options);
      if (problem) problems.push(`seed ${seed} [${m.description}]${options.errata.length ? ' with errata' : ''}: ${problem}`);
      else if (outcome) {
        tally[outcome.kind]++;
        if (outcome.kind === 'error') codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
      }
    }
    console.info(
      `hostile-input gate: ${COUNT} seed mutations tried: ${tally.model} parsed and kept their text, ${tally.error} ParseErrors (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}), ${problems.length} problems`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
    // The edits must reach both outcomes, or the property says little (a replay of one edit aside).
    if (COUNT >= 100) {
      expect(tally.model).toBeGreaterThan(COUNT / 10);
      expect(tally.error).toBeGreaterThan(COUNT / 10);
    }
  }, 300_000);

  it('reports a printing office named both alone and before the date, instead of dropping one (found by seed 20230991)', () => {
    const at = lines.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日印发$/.test(l));
    const edited = [...lines.slice(0, at), '某某办公室', ...lines.slice(at)];
    const error = parseErrorOf(() => parsePlan(edited.join('\n'), withoutErrata));
    expect([error.code, error.line]).toEqual(['TRAILING_TEXT', at + 1]);
  });

  it('keeps a header line without 文件 as printed instead of adding the word to the model (found by MUTATION_SEED=777)', () => {
    const at = lines.findIndex((l) => /文件$/.test(l));
    const edited = lines.map((l, i) => (i === at ? l.replace(/文件$/, '') : l));
    const plan = parsePlan(edited.join('\n'), withoutErrata);
    expect([plan.masthead, plan.issuer]).toEqual(['济南市人民政府', '济南市人民政府']);
  });

  it('parses each edit the same way when it is saved with CRLF or CR line ends or a BOM', () => {
    const runs = Math.ceil(COUNT / 8);
    const problems: string[] = [];
    const hows = ['crlf', 'cr', 'bom', 'bom+crlf'] as const;
    for (let k = 0; k < runs; k++) {
      const seed = FIRST_SEED + COUNT + k;
      const rand = prng(seed);
      const m = mutate(rand, lines);
      const how = hows[k % hows.length]!;
      const clean = normalizeNewlines(m.lines.join('\n'));
      const a = check(clean, withoutErrata).outcome;
      const b = check(resave(clean, how), withoutErrata).outcome;
      if (a && b && !sameOutcome(a, b)) problems.push(`seed ${seed} [${m.description}] saved as ${how}: ${JSON.stringify(b).slice(0, 80)}`);
    }
    console.info(`hostile-input gate: ${runs} mutated seeds re-saved with CRLF, CR or a BOM`);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
