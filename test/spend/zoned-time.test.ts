import { describe, expect, it } from 'vitest';
import { dayOf, dayRange, daysOfMonth, monthOf, monthRange, previousMonth } from '../../src/spend/zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned calendar', () => {
  it('puts month boundaries at local midnight, across a DST change inside the month', () => {
    const october = monthRange('2026-10', 'Europe/Berlin');
    expect(iso(october.startMs)).toBe('2026-09-30T22:00:00.000Z'); // CEST, UTC+2
    expect(iso(october.endMs)).toBe('2026-10-31T23:00:00.000Z'); // CET after 25 October
    expect(iso(monthRange('2026-01', 'America/Los_Angeles').startMs)).toBe('2026-01-01T08:00:00.000Z');
    expect(iso(monthRange('2026-12', 'UTC').endMs)).toBe('2027-01-01T00:00:00.000Z');
  });

  it('has 23- and 25-hour days where the clocks change', () => {
    const spring = dayRange('2026-03-08', 'America/New_York');
    const autumn = dayRange('2026-11-01', 'America/New_York');
    expect((spring.endMs - spring.startMs) / 3_600_000).toBe(23);
    expect((autumn.endMs - autumn.startMs) / 3_600_000).toBe(25);
  });

  it('starts a day whose midnight DST skips at the end of the gap', () => {
    // Chile moves from 00:00 to 01:00 on 6 September 2026: that day begins at 01:00 (UTC−3).
    expect(iso(dayRange('2026-09-06', 'America/Santiago').startMs)).toBe('2026-09-06T04:00:00.000Z');
    expect(dayOf(Date.parse('2026-09-06T03:59:59Z'), 'America/Santiago')).toBe('2026-09-05');
  });

  it('names months and days in the zone, not in UTC', () => {
    const instant = Date.parse('2026-09-30T22:30:00Z');
    expect(monthOf(instant, 'Europe/Berlin')).toBe('2026-10');
    expect(monthOf(instant, 'UTC')).toBe('2026-09');
    expect(dayOf(instant, 'Asia/Tokyo')).toBe('2026-10-01');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(() => monthRange('2026-13', 'UTC')).toThrow(RangeError);
  });
});
