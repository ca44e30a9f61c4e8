/**
 * Reproducible hostile edits of a text file, for property tests of the parser: a seeded PRNG and
 * line operations (drop, duplicate, swap, truncate, inject a hostile string, insert a hostile
 * line, lengthen a line), each returning the new lines and a description that replays it. Pure.
 */

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings that mean something to Markdown, MDX, HTML, JavaScript, the parser or the decoder. */
export const HOSTILE = [
  '{',
  '}',
  '{x}',
  '<script>alert(1)</script>',
  '</',
  '</div>',
  '<img src=x onerror=alert(1)>',
  '`',
  '```',
  '${x}',
  '\0',
  '\uFEFF',
  '\r',
  '\u2028',
  '&amp;',
  '&lt;',
  '<!--',
  '#',
  '## ',
  '---',
  '**',
  '*',
  '_',
  '> ',
  '- ',
  '一、',
  '（一）',
  '1.',
  '：',
  '。',
  '抄送：',
  '名词解释',
  '😀',
  '\\',
  '"',
  "'",
] as const;

export interface Mutation {
  lines: string[];
  /** What was done, with line numbers (1-based), e.g. `drop 17; inject "</" into 3 at 5`. */
  description: string;
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const index = (rand: Rand, n: number): number => Math.floor(rand() * n);
const show = (s: string): string => JSON.stringify(s.length > 24 ? `${s.slice(0, 12)}…(${s.length})` : s);

/** One random operation on `lines` (not modified); `lines` must not be empty. */
export function mutateOnce(rand: Rand, lines: readonly string[]): Mutation {
  const out = [...lines];
  const i = index(rand, out.length);
  const n = i + 1;
  const op = index(rand, 7);
  switch (op) {
    case 0:
      out.splice(i, 1);
      return { lines: out, description: `drop ${n}` };
    case 1:
      out.splice(i, 0, out[i]!);
      return { lines: out, description: `duplicate ${n}` };
    case 2: {
      const j = rand() < 0.5 ? Math.min(out.length - 1, i + 1) : index(rand, out.length);
      [out[i], out[j]] = [out[j]!, out[i]!];
      return { lines: out, description: `swap ${n} ${j + 1}` };
    }
    case 3: {
      const at = index(rand, out[i]!.length + 1);
      out[i] = out[i]!.slice(0, at);
      return { lines: out, description: `truncate ${n} at ${at}` };
    }
    case 4: {
      const s = pick(rand, HOSTILE);
      const at = index(rand, out[i]!.length + 1);
      out[i] = out[i]!.slice(0, at) + s + out[i]!.slice(at);
      return { lines: out, description: `inject ${show(s)} into ${n} at ${at}` };
    }
    case 5: {
      const s = pick(rand, HOSTILE) + (rand() < 0.5 ? pick(rand, lines) : '');
      out.splice(i, 0, s);
      return { lines: out, description: `insert line ${show(s)} before ${n}` };
    }
    default: {
      const times = 1 + index(rand, 200);
      out[i] = out[i]!.repeat(times) || 'x'.repeat(100_000);
      return { lines: out, description: `lengthen ${n} ×${times} (${out[i].length} chars)` };
    }
  }
}

/** One to three random operations in a row. */
export function mutate(rand: Rand, lines: readonly string[]): Mutation {
  let m: Mutation = { lines: [...lines], description: '' };
  const steps = 1 + index(rand, 3);
  const said: string[] = [];
  for (let k = 0; k < steps && m.lines.length > 0; k++) {
    m = mutateOnce(rand, m.lines);
    said.push(m.description);
  }
  return { lines: m.lines, description: said.join('; ') };
}

/** The same text saved with another convention: CRLF or CR line ends, and/or a BOM. */
export function resave(text: string, how: 'crlf' | 'cr' | 'bom' | 'bom+crlf'): string {
  const ends = how === 'cr' ? text.replaceAll('\n', '\r') : how === 'bom' ? text : text.replaceAll('\n', '\r\n');
  return how.startsWith('bom') ? `\uFEFF${ends}` : ends;
}
