/**
 * Nothing lost, nothing joined, over the corpus: the model of each document keeps every character
 * of its source in order (HTML and plain text alike), and page-break repair never glues two
 * complete paragraphs (a web page has no page breaks: any repair on its text must be a paragraph
 * the page itself prints whole, or it is a defect).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parser/index.ts';
import { readHtml } from '../../src/parser/read/html.ts';
import { expectedText, firstDifference, modelText } from '../support/conservation.ts';
import { expected } from './expected.ts';
import { FORMS, loadCorpus } from './load.ts';

const source = (name: string, file: string) => readFile(`seeds/corpus/${name}/${file}`, 'utf8');

describe.each(Object.keys(expected))('%s', (name) => {
  it.each(FORMS)('keeps every character of %s, in order', async (form) => {
    const { plan, format } = await loadCorpus(name, form);
    const text = await source(name, form);
    expect(firstDifference(expectedText(text, plan.errata, format), modelText(plan))).toBeNull();
  });

  it('repairs no page break in the plain text unless the page prints the joined paragraph whole', async () => {
    const plain = await source(name, 'plain.txt');
    const lines = plain.split('\n');
    const page = new Set(readHtml(await source(name, 'source.html')).map((b) => b.text.replace(/\s+/g, '')));
    const plan = parsePlan(plain, { format: 'plain' });
    const glued = plan.repairs
      .map((r) => `${lines[r.before - 1]}${lines[r.after - 1]}`.replace(/\s+/g, ''))
      .filter((joined) => ![...page].some((p) => p.includes(joined)));
    expect(glued).toEqual([]);
  });

  it('reads the plain text to the same units as the page, attachments aside', async () => {
    const [html, plain] = await Promise.all([loadCorpus(name, 'source.html'), loadCorpus(name, 'plain.txt')]);
    const shape = (p: typeof html.plan) =>
      p.units.map((u) => [u.id, u.label, u.title, u.paragraphs.map((x) => x.text.replace(/\s+/g, ''))]);
    expect(shape(plain.plan)).toEqual(shape(html.plan));
  });
});
