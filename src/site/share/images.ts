/** The images the build draws: one share card per unit, the site card, the app icons and favicon. */
import type { Edition } from '../../model/edition.ts';
import type { Plan, Unit } from '../../model/schema.ts';
import { cardSvg, describeChar, drawable, siteCard, unitCard, type Card } from './card.ts';
import { cardShaper } from './glyphs.ts';
import { iconGlyph, iconSvg } from './icons.ts';
import { renderPng } from './png.ts';

/** The site card's name in /share/<name>.png; unit cards use the unit id. */
export const SITE_CARD = 'site';

function cardPng(card: Card, name: string): Buffer {
  const shaper = cardShaper();
  const { card: drawn, left } = drawable(card, shaper);
  for (const { line, chars } of left) {
    console.warn(`share card ${name}: the font has no glyph for ${chars.map(describeChar).join(', ')}; the card leaves out its ${line}`);
  }
  return renderPng(cardSvg(drawn, shaper));
}

export function sharePng(plan: Plan, unit: Unit | null): Buffer {
  return unit ? cardPng(unitCard(plan, unit), unit.id) : cardPng(siteCard(plan), SITE_CARD);
}

/** The character on this edition's icons: edition.json's `iconGlyph`, or the rule of `iconGlyph`. */
export function appGlyph(plan: Plan, edition: Edition): string {
  return iconGlyph(plan.title, edition.iconGlyph);
}

/** Icon files by name: the sizes the manifest and iOS ask for. */
export const ICONS = {
  'icon-192': { size: 192, maskable: false },
  'icon-512': { size: 512, maskable: false },
  'maskable-512': { size: 512, maskable: true },
  'apple-touch-icon': { size: 180, maskable: true },
} as const;
export type IconName = keyof typeof ICONS;

export function iconPng(name: IconName, glyph: string): Buffer {
  const { size, maskable } = ICONS[name];
  return renderPng(iconSvg(size, glyph, cardShaper(), maskable));
}

/** /favicon.svg: the icon at 32 px, as outlines (a <text> would depend on the visitor's fonts). */
export function faviconSvg(glyph: string): string {
  return iconSvg(32, glyph, cardShaper());
}
