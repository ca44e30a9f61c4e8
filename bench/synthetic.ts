/**
 * A synthetic plan `copies` times the size of the real one, for the growth figures: the seed's
 * front matter, then its chapters repeated with their numerals renumbered (一…八, 九…十六, …),
 * then its glossary and end matter. The errata are shifted onto every copy of the lines they
 * correct, so the synthetic seed parses exactly like the real one, only longer.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrataFile, type Erratum } from '../src/model/schema.ts';
import { decodeSeed } from '../src/parser/index.ts';
import { parseChineseNumeral, toChineseNumeral } from '../src/parser/numerals.ts';
import { Edition } from '../src/model/edition.ts';

/** A chapter heading line: optional `#`s and `**`, a numeral, `、`. */
const CHAPTER = /^(#*\s*(?:\*\*)?)([一二三四五六七八九十]+)、/;
const GLOSSARY = /^#+\s*名词解释\s*$/;

export interface Synthetic {
  text: string;
  errata: Erratum[];
  chapters: number;
}

/** The seed's lines repeated: pure, so the generator itself can be checked. */
export function multiply(seed: string, errata: Erratum[], copies: number): Synthetic {
  const lines = seed.split('\n');
  const first = lines.findIndex((l) => CHAPTER.test(l) && parseChineseNumeral(CHAPTER.exec(l)![2]!) === 1);
  const end = lines.findIndex((l) => GLOSSARY.test(l));
  if (first === -1 || end === -1) throw new Error('the seed has no chapter 一、 or no 名词解释 heading');
  const body = lines.slice(first, end);
  const perCopy = Math.max(...body.map((l) => (CHAPTER.test(l) ? (parseChineseNumeral(CHAPTER.exec(l)![2]!) ?? 0) : 0)));
  const out = lines.slice(0, first);
  for (let k = 0; k < copies; k++) {
    for (const l of body)
      out.push(l.replace(CHAPTER, (_, pre: string, n: string) => `${pre}${toChineseNumeral(k * perCopy + parseChineseNumeral(n)!)}、`));
  }
  out.push(...lines.slice(end));
  // Errata lines are 1-based; a line in the body appears once per copy, one after the end moves down.
  const shifted = errata.flatMap((e) => {
    const i = e.line - 1;
    if (i < first) return [e];
    if (i >= end) return [{ ...e, line: e.line + (copies - 1) * body.length }];
    return Array.from({ length: copies }, (_, k) => ({ ...e, line: e.line + k * body.length }));
  });
  return { text: out.join('\n'), errata: shifted, chapters: perCopy * copies };
}

/** Writes a seeds directory for the synthetic plan (seed, errata, glossary, edition with its sha256). */
export async function writeSyntheticSeeds(seedsDir: string, outDir: string, copies: number): Promise<Synthetic> {
  const edition = Edition.parse(JSON.parse(await readFile(join(seedsDir, 'edition.json'), 'utf8')));
  const seed = decodeSeed(await readFile(join(seedsDir, edition.seed)));
  // The synthetic plan multiplies this project's seed, which declares both files.
  const errataFile = edition.errata ?? 'errata.json';
  const glossaryFile = edition.glossary ?? 'glossary.json';
  const errata = ErrataFile.parse(JSON.parse(await readFile(join(seedsDir, errataFile), 'utf8')));
  const syn = multiply(seed, errata, copies);
  const name = `synthetic-x${copies}.txt`;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, name), syn.text);
  await writeFile(join(outDir, errataFile), JSON.stringify(syn.errata, null, 2));
  await writeFile(join(outDir, glossaryFile), await readFile(join(seedsDir, glossaryFile)));
  const sha256 = createHash('sha256').update(syn.text).digest('hex');
  await writeFile(join(outDir, 'edition.json'), JSON.stringify({ ...edition, seed: name, sha256 }, null, 2));
  return syn;
}
