/**
 * schema.org JSON-LD for a unit's permalink page: the unit as a `Legislation` that is part of the
 * plan (itself a `Legislation` passed by the issuer). Pure; the page supplies absolute URLs.
 */
import type { Plan, Unit } from '../../model/schema.ts';
import { signatureOf } from '../../view/document.ts';
import { unitShareTitle } from './share.ts';

export interface LegislationLdInput {
  plan: Plan;
  unit: Unit;
  /** Absolute URL of the unit's permalink. */
  unitUrl: string;
  /** Absolute URL of the plan's table of contents. */
  planUrl: string;
  /** 发布日期 (ISO), when known. */
  published?: string | undefined;
}

export function legislationLd({ plan, unit, unitUrl, planUrl, published }: LegislationLdInput): Record<string, unknown> {
  const signed = signatureOf(plan);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: unitShareTitle(plan, unit),
    legislationIdentifier: `${plan.docNumber ?? plan.title} ${unit.label}`,
    ...(signed ? { legislationDate: signed.date } : {}),
    ...(published ? { datePublished: published } : {}),
    inLanguage: 'zh-CN',
    url: unitUrl,
    isPartOf: {
      '@type': 'Legislation',
      name: plan.title,
      ...(plan.docNumber ? { legislationIdentifier: plan.docNumber } : {}),
      ...(signed ? { legislationDate: signed.date } : {}),
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: plan.issuer },
      inLanguage: 'zh-CN',
      url: planUrl,
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
