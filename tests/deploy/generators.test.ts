/** The pure generators behind robots.txt, the manifest, JSON-LD and share choices. */
import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../src/site/lib/robots.ts';
import { shortName, webManifest } from '../../src/site/lib/manifest.ts';
import { jsonLdText, legislationLd } from '../../src/site/lib/jsonld.ts';
import { pageUnit, shareImagePath } from '../../src/site/lib/share.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';

describe('robots.txt', () => {
  test('allows every crawler and names the sitemap', () => {
    expect(robotsTxt('https://x.cn/sub/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.cn/sub/sitemap-index.xml\n',
    );
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
    const unit = plan.units.find((u) => u.id === '3-1-2')!;
    const ld = legislationLd({ plan, unit, unitUrl: 'https://x.cn/m/3-1-2/', planUrl: 'https://x.cn/plan/' });
    // The seed's own words: 济政发〔2023〕1号, dated 2023年2月10日; 三（一）2 实行极简高效的商事登记制度.
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      name: '《济南市“十四五”时期优化营商环境规划》三（一）2 实行极简高效的商事登记制度',
      legislationIdentifier: '济政发〔2023〕1号 三（一）2',
      legislationDate: '2023-02-10',
      url: 'https://x.cn/m/3-1-2/',
      isPartOf: {
        '@type': 'Legislation',
        name: '济南市“十四五”时期优化营商环境规划',
        legislationIdentifier: '济政发〔2023〕1号',
        legislationPassedBy: { name: '济南市人民政府' },
        url: 'https://x.cn/plan/',
      },
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
