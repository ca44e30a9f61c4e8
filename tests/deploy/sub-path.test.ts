/**
 * A deployment under a sub-path: the real seed built with SITE=https://www.example.gov.cn and
 * BASE=/sub/, checked file by file (links, sitemap, robots, canonical, manifest, sharing tags,
 * JSON-LD) without a server.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSeedSite, type SeedSite } from '../support/seed-site.ts';
import { checkSite, readSite, type Site } from '../support/crawl.ts';
import { pngSize, readHead } from '../support/head.ts';
import { readSitemaps } from '../support/sitemap.ts';
import { citation } from '../../src/view/unit.ts';

const SITE = 'https://www.example.gov.cn';
const BASE = '/sub/';
const ROOT = `${SITE}${BASE}`;

let built: SeedSite;
let site: Site;

beforeAll(async () => {
  built = await buildSeedSite({ site: SITE, base: BASE });
  site = await readSite(built.outDir);
}, 240_000);

/** The absolute address of a built page: `m/3/index.html` → `https://…/sub/m/3/`. */
const addressOf = (file: string) => ROOT + file.replace(/index\.html$/, '').replace(/\.html$/, '/');
const pagesExcept404 = () => [...site.pages.keys()].filter((f) => f !== '404.html');
const text = (file: string) => readFile(join(built.outDir, file), 'utf8');

describe('links under a sub-path', () => {
  test('every link, asset and own-origin URL on every page names a file of the build under /sub/', () => {
    const result = checkSite(site, SITE, BASE);
    expect(result.problems.slice(0, 20)).toEqual([]);
    // Every page links at least its header, footer and icons: the crawl really looked at them all.
    expect(result.checked).toBeGreaterThan(site.pages.size * 20);
  });

  test('every unit permalink, chapter page and glossary entry is reachable from the home page', () => {
    const { reached } = checkSite(site, SITE, BASE);
    const expected = [
      ...built.plan.units.map((u) => `m/${u.id}/index.html`),
      ...built.plan.units.filter((u) => u.kind === 'chapter').map((u) => `plan/${u.id}/index.html`),
      ...built.plan.glossary.map((t) => `glossary/${t.slug}/index.html`),
    ];
    expect(expected.filter((f) => !reached.has(f))).toEqual([]);
  });

  test('copy buttons copy permalinks under SITE and BASE', () => {
    const html = site.pages.get('m/3-1-2/index.html')!;
    const copied = [...html.matchAll(/data-copy="([^"]*)"/g)].map((m) => m[1]!);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.filter((c) => c.includes('https://') && !c.includes(`${ROOT}m/3-1-2/`))).toEqual([]);
  });
});

describe('the sitemap and robots.txt', () => {
  /** The sitemap as a crawler reads it from the index robots.txt names: every URL must be a file of this build. */
  const sitemap = () =>
    readSitemaps(`${ROOT}sitemap-index.xml`, (u) => {
      if (!u.startsWith(ROOT)) throw new Error(`${u} is not under ${ROOT}`);
      return readFileSync(join(built.outDir, u.slice(ROOT.length)), 'utf8');
    });

  test('the sitemap lists every page of the build, and nothing else, as absolute URLs under SITE and BASE', () => {
    const { sitemaps, pages } = sitemap();
    expect(sitemaps).toEqual([`${ROOT}sitemap-0.xml`]);
    expect(pages.every((l) => l.startsWith(ROOT))).toBe(true);
    expect(new Set(pages).size).toBe(pages.length);
    expect(new Set(pages)).toEqual(new Set(pagesExcept404().map(addressOf)));
    expect(pages[0]).toBe(ROOT);
  });

  test('the sitemap lists every unit permalink', () => {
    const { pages } = sitemap();
    const missing = built.plan.units.filter((u) => !pages.includes(`${ROOT}m/${u.id}/`));
    expect(missing.map((u) => u.id)).toEqual([]);
  });

  test('robots.txt allows every crawler and names the absolute URL of the sitemap index', async () => {
    expect(await text('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`);
  });
});

describe('the web app manifest', () => {
  test('is JSON with a name, a short name, start URL and scope under the base, and colours', async () => {
    const manifest = JSON.parse(await text('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: built.plan.title, lang: 'zh-CN', start_url: BASE, scope: BASE, display: 'minimal-ui' });
    expect(String(manifest['short_name']).length).toBeLessThanOrEqual(12);
    expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('lists PNG icons of 192 and 512 px (one maskable) and the SVG favicon, all built under the base', async () => {
    const manifest = JSON.parse(await text('manifest.webmanifest')) as {
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(BASE)).toBe(true);
      const bytes = await readFile(join(built.outDir, icon.src.slice(BASE.length)));
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(bytes)).toEqual({ width: w, height: h });
      } else expect(bytes.toString('utf8')).toContain('<svg');
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  test('every page links the manifest, the favicon and the apple-touch-icon', () => {
    for (const file of site.pages.keys()) {
      const { links } = readHead(site.pages.get(file)!);
      expect([file, links.get('manifest')]).toEqual([file, `${BASE}manifest.webmanifest`]);
      expect([file, links.get('icon')]).toEqual([file, `${BASE}favicon.svg`]);
      expect([file, links.get('apple-touch-icon')]).toEqual([file, `${BASE}icons/apple-touch-icon.png`]);
    }
  });
});

describe('titles, canonical URLs and sharing tags', () => {
  test('every page has a canonical URL and og:url that are its own absolute address', () => {
    for (const file of pagesExcept404()) {
      const { links, meta } = readHead(site.pages.get(file)!);
      expect([file, links.get('canonical'), meta.get('og:url')]).toEqual([file, addressOf(file), addressOf(file)]);
    }
  });

  test('the not-found page, served for any missing URL, names no canonical URL', () => {
    const { links, meta } = readHead(site.pages.get('404.html')!);
    expect([links.get('canonical'), meta.get('og:url')]).toEqual([undefined, undefined]);
  });

  // X falls back to og:title, og:description and og:image, so the Twitter card names only its kind and the image's alt.
  test('every page has a title, a description, Open Graph and Twitter card tags with an absolute image', () => {
    for (const [file, html] of site.pages) {
      const { title, meta } = readHead(html);
      expect([file, title?.includes(built.plan.title)]).toEqual([file, true]);
      for (const key of [
        'description',
        'og:title',
        'og:description',
        'og:image',
        'og:image:alt',
        'og:type',
        'og:site_name',
        'twitter:card',
        'twitter:image:alt',
      ]) {
        expect([file, key, (meta.get(key) ?? '').length > 0]).toEqual([file, key, true]);
      }
      expect(meta.get('twitter:card')).toBe('summary_large_image');
      expect(meta.get('og:image')!.startsWith(`${ROOT}share/`)).toBe(true);
    }
  });

  test("a measure's shared card shows its citation label and title, with its own 1200×630 image", async () => {
    const unit = built.plan.units.find((u) => u.id === '3-1-2')!;
    const { meta } = readHead(site.pages.get('m/3-1-2/index.html')!);
    expect(meta.get('og:title')).toBe(`${citation(built.plan.title, unit)} ${unit.title}`);
    expect(meta.get('twitter:image:alt')).toBe(`${meta.get('og:title')}（${built.plan.docNumber}）`);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:image')).toBe(`${ROOT}share/3-1-2.png`);
    expect(pngSize(await readFile(join(built.outDir, 'share/3-1-2.png')))).toEqual({ width: 1200, height: 630 });
  });

  test('a chapter page shares its chapter card; other pages share the site card', () => {
    expect(readHead(site.pages.get('plan/3/index.html')!).meta.get('og:image')).toBe(`${ROOT}share/3.png`);
    expect(readHead(site.pages.get('index.html')!).meta.get('og:image')).toBe(`${ROOT}share/site.png`);
    expect(readHead(site.pages.get('glossary/index.html')!).meta.get('og:image')).toBe(`${ROOT}share/site.png`);
  });

  test('every unit and the site have a share image, and no two unit images are the same', async () => {
    const seen = new Set<string>();
    for (const name of ['site', ...built.plan.units.map((u) => u.id)]) {
      const bytes = await readFile(join(built.outDir, `share/${name}.png`));
      expect([name, pngSize(bytes)]).toEqual([name, { width: 1200, height: 630 }]);
      seen.add(bytes.toString('base64'));
    }
    expect(seen.size).toBe(built.plan.units.length + 1);
  });
});

describe('JSON-LD', () => {
  // Facts of the seed's header, written out rather than read back through the model.
  const DOC_NUMBER = '济政发〔2023〕1号';
  const TITLE = '济南市“十四五”时期优化营商环境规划';
  const ISSUED = '2023-02-10';
  const CN = '〇一二三四五六七八九十';
  const cn = (n: number) => (n <= 10 ? CN[n]! : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`);
  /** The citation label a reader writes for a unit id, by GB/T 9704 numbering: 3-1-2 → 三（一）2. */
  const labelOf = (id: string, numbered: boolean) => {
    const [chapter, section, measure, item] = id.split('-').map(Number);
    let label = cn(chapter!);
    if (section) label += `（${cn(section)}）`;
    if (measure) label += numbered ? String(measure) : `第${measure}段`;
    if (item) label += `（${item}）`;
    return label;
  };

  test('the permalink of 三（一）2 carries the Legislation a citation manager expects, field for field', () => {
    const { jsonLd } = readHead(site.pages.get('m/3-1-2/index.html')!);
    expect(jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        name: `《${TITLE}》三（一）2 实行极简高效的商事登记制度`,
        legislationIdentifier: `${DOC_NUMBER} 三（一）2`,
        legislationDate: ISSUED,
        datePublished: ISSUED,
        inLanguage: 'zh-CN',
        url: `${ROOT}m/3-1-2/`,
        isPartOf: {
          '@type': 'Legislation',
          name: TITLE,
          legislationIdentifier: DOC_NUMBER,
          legislationDate: ISSUED,
          legislationPassedBy: { '@type': 'GovernmentOrganization', name: '济南市人民政府' },
          inLanguage: 'zh-CN',
          url: `${ROOT}plan/`,
        },
      },
    ]);
  });

  test('every unit permalink carries one Legislation identified by the document number and the unit’s citation label', () => {
    expect(labelOf('2-2-1', false)).toBe('二（二）第1段');
    for (const unit of built.plan.units) {
      const { jsonLd } = readHead(site.pages.get(`m/${unit.id}/index.html`)!);
      const label = labelOf(unit.id, unit.marker !== null);
      expect(jsonLd).toHaveLength(1);
      expect(jsonLd[0]).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        legislationIdentifier: `${DOC_NUMBER} ${label}`,
        legislationDate: ISSUED,
        name: expect.stringMatching(new RegExp(`^《${TITLE}》${label.replace(/[()（）]/g, '\\$&')}( |$)`)),
        url: `${ROOT}m/${unit.id}/`,
        isPartOf: { '@type': 'Legislation', name: TITLE, legislationIdentifier: DOC_NUMBER, url: `${ROOT}plan/` },
      });
    }
  });
});
