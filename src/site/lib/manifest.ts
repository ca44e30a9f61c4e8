/** The web app manifest (pure): name, colours and icons, every URL under the base path. */
import type { Plan } from '../../model/schema.ts';
import { BRAND } from './brand.ts';

/**
 * A home-screen label: the title without the place-and-period prefix the header brand also
 * drops (`济南市“十四五”时期优化营商环境规划` → `优化营商环境规划`), or the whole title when short.
 */
export function shortName(title: string): string {
  const short = title.replace(/^.*?[”」]\S*?时期/, '');
  return short && short.length <= 12 ? short : title.slice(0, 12);
}

export function webManifest(plan: Plan, url: (path?: string) => string): Record<string, unknown> {
  return {
    name: plan.title,
    short_name: shortName(plan.title),
    description: `《${plan.title}》${plan.docNumber ? `（${plan.docNumber}）` : ''}网络版：全文、条文链接${plan.glossary.length > 0 ? '、名词解释' : ''}与全文检索。`,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: url(),
    scope: url(),
    id: url(),
    display: 'minimal-ui',
    background_color: BRAND.paper,
    theme_color: BRAND.accent,
    icons: [
      { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: url('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: url('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: url('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
