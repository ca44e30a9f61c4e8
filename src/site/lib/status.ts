/**
 * The status line every page shows for a document that covers a period (a 规划's 2021–2025), as
 * legislation.gov.uk states a text's status above it. Derived from edition.json only: the period,
 * and `checked`, the day the status was last checked. The build's own clock is never read, so two
 * builds of the same inputs write the same pages, and the line never claims more than was checked.
 */
import type { Period } from '../../model/edition.ts';
import { zhDate } from './text.ts';

export interface Status {
  /** What the period is called: 规划期 for a 规划, else 实施期. */
  name: string;
  /** The status as read first: 规划期已届满, 规划期内, 规划期尚未开始; the name alone when nobody stated a day. */
  headline: string;
  /** `2021年1月1日至2025年12月31日`. */
  dates: string;
  /** 已届满, 实施中 or 尚未开始 on the day checked; null when nobody stated a day. */
  state: '已届满' | '实施中' | '尚未开始' | null;
  /** The day checked, as printed (`2026年12月3日`), or null. */
  asOf: string | null;
}

/** The status of a document covering `period`, as of `checked`; null for a document without a period. */
export function periodStatus(word: string, period: Period | undefined, checked: string | undefined): Status | null {
  if (!period) return null;
  // ISO dates compare as strings; the period's last day still belongs to it.
  const state = !checked ? null : checked > period.end ? '已届满' : checked < period.start ? '尚未开始' : '实施中';
  const name = word === '规划' ? '规划期' : '实施期';
  return {
    name,
    headline: state === '已届满' ? `${name}已届满` : state === '实施中' ? `${name}内` : state === '尚未开始' ? `${name}尚未开始` : name,
    dates: `${zhDate(period.start)}至${zhDate(period.end)}`,
    state,
    asOf: checked ? zhDate(checked) : null,
  };
}
