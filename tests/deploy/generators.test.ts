/** The pure generators behind sitemap.xml, robots.txt, the manifest, JSON-LD and share choices. */
import { describe, expect, test } from 'vitest';
import { fillRoute, pagePaths, robotsTxt, routePattern, sitemapXml } from '../../src/site/lib/sitemap.ts';
import { shortName, webManifest } from '../../src/site/lib/manifest.ts';
import { jsonLdText, legislationLd } from '../../src/site/lib/jsonld.ts';
import { pageUnit, shareImagePath } from '../../src/site/lib/share.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';

describe('sitemap routes', () => {
  test('a page file maps to its base-relative URL pattern with a trailing slash', () => {
    expect(routePattern('./index.astro')).toBe('');
    expect(routePattern('./plan/index.astro')).toBe('plan/');
    expect(routePattern('./errata.astro')).toBe('errata/');
    expect(routePattern('./m/[id].astro')).toBe('m/[id]/');
  });

  test('fills named and rest parameters, dropping an empty rest segment', () => {
    expect(fillRoute('m/[id]/', { id: '3-1-2' })).toBe('m/3-1-2/');
    expect(fillRoute('docs/[...slug]/', { slug: 'a/b' })).toBe('docs/a/b/');
    expect(fillRoute('docs/[...slug]/', { slug: undefined })).toBe('docs/');
  });

  test('lists static pages and every path of dynamic ones, home first, without the 404 page', async () => {
    const modules = {
      './m/[id].astro': { getStaticPaths: () => [{ params: { id: '2' } }, { params: { id: '1' } }] },
      './404.astro': {},
      './plan/index.astro': {},
      './index.astro': {},
    };
    expect(await pagePaths(modules)).toEqual(['', 'm/2/', 'm/1/', 'plan/']);
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('a urlset with one escaped <loc> per URL, in the order given', () => {
    expect(sitemapXml(['https://x.cn/a/', 'https://x.cn/?a=1&b=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://x.cn/a/</loc></url>\n<url><loc>https://x.cn/?a=1&#38;b=2</loc></url>\n</urlset>\n',
    );
  });

  test('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://x.cn/sub/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.cn/sub/sitemap.xml\n');
  });
});

describe('web app manifest', () => {
  test('the short name drops the place-and-period prefix of a long title', () => {
    expect(shortName('某市“十四五”时期优化营商环境规划')).toBe('优化营商环境规划');
    expect(shortName('短标题')).toBe('短标题');
  });

  test('every URL in the manifest goes through the base-path helper', async () => {
    const { plan } = await loadSeed();
    const manifest = webManifest(plan, (p = '') => `/base/${p}`);
    const urls = [manifest['start_url'], manifest['scope'], ...(manifest['icons'] as { src: string }[]).map((i) => i.src)];
    expect(urls.every((u) => String(u).startsWith('/base/'))).toBe(true);
  });
});

describe('JSON-LD', () => {
  test('a unit is a Legislation identified by the document number and its label, part of the plan', async () => {
    const { plan } = await loadSeed();
    const unit = plan.units.find((u) => u.kind === 'measure')!;
    const ld = legislationLd({ plan, unit, unitUrl: 'https://x.cn/m/1/', planUrl: 'https://x.cn/plan/' });
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: `${plan.docNumber} ${unit.label}`,
      legislationDate: plan.notice.date,
      url: 'https://x.cn/m/1/',
      isPartOf: { '@type': 'Legislation', legislationIdentifier: plan.docNumber, url: 'https://x.cn/plan/' },
    });
  });

  test('the JSON text cannot close its <script> element', () => {
    expect(jsonLdText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });
});

describe('which card a page shares', () => {
  test("a unit permalink and a chapter's reading page show that unit's card; other pages the site card", async () => {
    const { plan } = await loadSeed();
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    const measure = plan.units.find((u) => u.kind === 'measure')!;
    expect(pageUnit(`m/${measure.id}/`, byId)).toBe(measure);
    expect(pageUnit('plan/3/', byId)?.id).toBe('3');
    expect(pageUnit(`plan/${measure.id}/`, byId)).toBeNull();
    expect(pageUnit('glossary/', byId)).toBeNull();
    expect(shareImagePath(null)).toBe('share/site.png');
  });
});
