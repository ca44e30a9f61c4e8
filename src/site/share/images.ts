/** The PNGs the build renders: one share card per unit, the site card, the app icons. */
import type { Plan, Unit } from '../../model/schema.ts';
import { cardSvg, siteCard, unitCard, type Card } from './card.ts';
import { cardShaper } from './glyphs.ts';
import { iconSvg } from './icons.ts';
import { renderPng } from './png.ts';

/** The site card's name in /share/<name>.png; unit cards use the unit id. */
export const SITE_CARD = 'site';

const warned = new Set<string>();

function cardPng(card: Card, fallback: Card, name: string): Buffer {
  const shaper = cardShaper();
  const text = [card.eyebrow, card.label ?? '', card.title, card.footer].join('');
  if (!shaper.covers(text)) {
    // A seed whose titles use characters the committed font subset lacks: draw the site card
    // rather than boxes, and say how to fix it.
    if (!warned.has(name))
      console.warn(`share card ${name}: font subset lacks some characters; using the site card (run node scripts/share-font.ts)`);
    warned.add(name);
    return renderPng(cardSvg(fallback, shaper));
  }
  return renderPng(cardSvg(card, shaper));
}

export function sharePng(plan: Plan, unit: Unit | null): Buffer {
  const site = siteCard(plan);
  return unit ? cardPng(unitCard(plan, unit), site, unit.id) : cardPng(site, site, SITE_CARD);
}

/** Icon files by name: the sizes the manifest and iOS ask for. */
export const ICONS = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'maskable-512': { size: 512, maskable: true },
  'apple-touch-icon': { size: 180, maskable: true },
} as const;
export type IconName = keyof typeof ICONS;

export function iconPng(name: IconName): Buffer {
  const { size, maskable } = ICONS[name];
  return renderPng(iconSvg(size, cardShaper(), maskable));
}
