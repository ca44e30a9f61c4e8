/** The status line's facts, from edition.json's period and checked day, never from the clock. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodStatus } from '../../src/site/lib/status.ts';
import { zhDate } from '../../src/site/lib/text.ts';

const period = { start: '2021-01-01', end: '2025-12-31' };

describe('the status of a document that covers a period', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says a 规划期 has ended when the day checked is after its last day, with both dates and the day checked', () => {
    expect(periodStatus('规划', period, '2026-12-03')).toEqual({
      name: '规划期',
      headline: '规划期已届满',
      dates: '2021年1月1日至2025年12月31日',
      state: '已届满',
      asOf: '2026年12月3日',
    });
  });

  it('counts the last day of the period as inside it', () => {
    expect(periodStatus('规划', period, '2025-12-31')!.headline).toBe('规划期内');
    expect(periodStatus('规划', period, '2026-01-01')!.headline).toBe('规划期已届满');
  });

  it('says a period has not begun when the day checked is before its first day', () => {
    expect(periodStatus('规划', period, '2020-12-31')!.headline).toBe('规划期尚未开始');
  });

  it('states only the dates, and no status, when edition.json names no day checked', () => {
    expect(periodStatus('规划', period, undefined)).toMatchObject({ headline: '规划期', state: null, asOf: null });
  });

  it('calls the period of a document other than a 规划 its 实施期', () => {
    expect(periodStatus('方案', period, '2026-12-03')!.headline).toBe('实施期已届满');
  });

  it('shows nothing for a document without a period (a regulation, a notice)', () => {
    expect(periodStatus('条例', undefined, '2026-12-03')).toBeNull();
  });

  it('ignores the clock of the machine that builds: the same inputs give the same line in any year', () => {
    vi.useFakeTimers({ now: new Date('2024-06-01T00:00:00Z') });
    const early = periodStatus('规划', period, '2026-12-03');
    vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
    expect(periodStatus('规划', period, '2026-12-03')).toEqual(early);
    expect(early!.state).toBe('已届满');
  });

  it('prints ISO dates as Chinese dates without leading zeros', () => {
    expect(zhDate('2026-01-09')).toBe('2026年1月9日');
  });
});
