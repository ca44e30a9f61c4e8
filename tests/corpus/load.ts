/** The corpus documents as the build loads them: each from its page's HTML and from its plain text. */
import { loadSeed, type LoadedSeed } from '../../src/writer/load-seed.ts';

export const FORMS = ['source.html', 'plain.txt'] as const;
export type Form = (typeof FORMS)[number];

/** The edition file that builds a corpus document from one of its forms. */
export const editionOf = (name: string, form: Form): string =>
  `seeds/corpus/${name}/${form === 'source.html' ? 'edition.json' : 'plain.edition.json'}`;

const cache = new Map<string, Promise<LoadedSeed>>();

/** Parsed once per test file. */
export function loadCorpus(name: string, form: Form): Promise<LoadedSeed> {
  const key = `${name}/${form}`;
  if (!cache.has(key)) cache.set(key, loadSeed(editionOf(name, form)));
  return cache.get(key)!;
}
