/**
 * Each corpus document built into a site the way a user builds one (`scripts/build.ts --edition
 * … --out DIR`), and read back from the built pages: every sentence of every unit on its reading
 * page and on its permalink page, every printed number with its unit, the letter parts on the
 * home page, the attachments on theirs; every internal link resolves, no page offers what the
 * document has not (名词解释, 目标指标…), and no text doubles its full stop.
 *
 * One form per document (the page's HTML); the plain-text form too where the two differ
 * (sanji-yiyuan's attachment is a table on the page and paragraphs in the text).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, describe, expect, it } from 'vitest';
import { siteModel } from '../../src/extract/index.ts';
import type { Unit } from '../../src/model/schema.ts';
import { topOf } from '../../src/view/unit.ts';
import { checkSite, readSite, type Site } from '../support/crawl.ts';
import { homeSentences, missingFrom, permalinkSentences, sentences, squash, unitSentences } from '../support/sentences.ts';
import { expected } from './expected.ts';
import { editionOf, loadCorpus, type Form } from './load.ts';

const BUILDS: [string, Form][] = [
  ...Object.keys(expected).map((name): [string, Form] => [name, 'source.html']),
  ['sanji-yiyuan', 'plain.txt'],
];
const scratch = await mkdtemp(join(tmpdir(), 'corpus-sites-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A page's text as a reader sees it: scripts and styles dropped, tags removed, entities decoded. */
function textOf(html: string): string {
  return decodeHTML(html.replace(/<(script|style|template)\b[^>]*>[^]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' '));
}

const page = (site: Site, path: string): string => {
  const html = site.pages.get(path === '' ? 'index.html' : `${path}index.html`);
  if (html === undefined) throw new Error(`no page ${path}`);
  return html;
};

/** The number as a reader meets it: the marker, then the title or the first words of its text. */
function numberWithUnit(u: Unit, byId: ReadonlyMap<string, Unit>): string {
  const next = u.title ?? u.paragraphs[0]?.text ?? byId.get(u.children[0] ?? '')?.paragraphs[0]?.text ?? '';
  return squash(`${u.marker}${next.slice(0, 6)}`);
}

describe.each(BUILDS)('%s from %s, built as a site', (name, form) => {
  const out = join(scratch, `${name}-${form}`);
  let site: Site;
  let model: ReturnType<typeof siteModel>;

  it('builds with the documented command into a directory of the user’s choice', async () => {
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--edition', editionOf(name, form), '--out', join(out, 'nested', 'site')], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    site = await readSite(join(out, 'nested', 'site'));
    const { plan, edition } = await loadCorpus(name, form);
    model = siteModel(plan, edition);
    // Built with no address of its own, it says what its links will name instead of staying silent.
    expect(edition.site).toBe('');
    if (!process.env['SITE']) expect(r.stderr).toContain('canonical links, copied citations and share cards name http://127.0.0.1:4321');
  }, 300_000);

  it('shows every sentence of every unit on its reading page and its permalink page, and every number with its unit', () => {
    const byId = new Map(model.units.map((u) => [u.id, u]));
    const missing: string[] = [];
    for (const u of model.units) {
      const reading = textOf(page(site, `plan/${topOf(byId, u).id}/`));
      const own = textOf(page(site, `m/${u.id}/`));
      const want = unitSentences(u);
      missing.push(...missingFrom(reading, want).map((s) => `plan/${topOf(byId, u).id}/: ${s}`));
      missing.push(...missingFrom(own, permalinkSentences(u)).map((s) => `m/${u.id}/: ${s}`));
      if (u.marker !== null && !squash(reading).includes(numberWithUnit(u, byId)))
        missing.push(`plan/${topOf(byId, u).id}/: ${u.label} (${u.marker})`);
    }
    expect(missing).toEqual([]);
  });

  it('shows the notice, the addressee, the preamble, the closing and the signature on the home page', () => {
    expect(missingFrom(textOf(page(site, '')), homeSentences(model))).toEqual([]);
  });

  it('shows each attachment whole on its own page, a table as a table', () => {
    model.attachments.forEach((a, i) => {
      const html = page(site, `attachments/${i + 1}/`);
      expect(
        missingFrom(
          textOf(html),
          a.blocks.flatMap((b) => b.text.split('\n').flatMap(sentences)),
        ),
      ).toEqual([]);
      expect(html.includes('<table'), `attachment ${i + 1}`).toBe(a.blocks.some((b) => b.table));
    });
  });

  it('links only to pages that exist, and offers no page the document has nothing for', () => {
    const { problems } = checkSite(site, 'http://127.0.0.1:4321', '/');
    expect(problems).toEqual([]);
    const offered = (path: string) => [...site.pages.values()].some((html) => html.includes(`href="/${path}"`));
    expect({ glossary: offered('glossary/'), targets: offered('targets/'), errata: offered('errata/') }).toEqual({
      glossary: model.glossary.length > 0,
      targets: model.targets.length + model.achievements.length > 0,
      errata: model.errata.length + model.repairs.length > 0,
    });
  });

  it('never doubles a full stop', () => {
    const doubled = [...site.pages].filter(([, html]) => textOf(html).includes('。。')).map(([path]) => path);
    expect(doubled).toEqual([]);
  });
});
