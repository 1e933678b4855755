/**
 * Calendar arithmetic in an IANA time zone with nothing but Intl: finance's "October" is October
 * where finance sits, so month and day boundaries are local midnights converted to UTC instants.
 */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface TimeRange {
  /** Inclusive, epoch ms. */
  startMs: number;
  /** Exclusive, epoch ms. */
  endMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** How far the zone is ahead of UTC at an instant, in ms. */
function offsetMs(epochMs: number, timeZone: string): number {
  const parts = zonedParts(epochMs, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time occurs in the zone. Where DST skips it (some zones skip midnight
 * itself), the instant just after the gap — the moment that day really begins; where it repeats,
 * the earlier one.
 */
export function zonedToEpochMs(year: number, month: number, day: number, timeZone: string, hour = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  const showsWall = (instant: number) => {
    const parts = zonedParts(instant, timeZone);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) === wall;
  };
  const exact = [first, second].filter(showsWall);
  return exact.length > 0 ? Math.min(...exact) : Math.max(first, second);
}

/**
 * Ranges are pure functions of their arguments and are asked for on every message (budget checks):
 * each costs a dozen Intl formatToParts calls, so they are remembered.
 */
const ranges = new Map<string, TimeRange>();
const MAX_REMEMBERED_RANGES = 1_000;

function remembered(key: string, compute: () => TimeRange): TimeRange {
  let range = ranges.get(key);
  if (!range) {
    if (ranges.size >= MAX_REMEMBERED_RANGES) ranges.clear();
    range = compute();
    ranges.set(key, range);
  }
  return { ...range };
}

/** "YYYY-MM" → [local midnight on the 1st, local midnight on the 1st of the next month). */
export function monthRange(month: string, timeZone: string): TimeRange {
  return remembered(`month ${month} ${timeZone}`, () => computeMonthRange(month, timeZone));
}

function computeMonthRange(month: string, timeZone: string): TimeRange {
  const { year, monthNumber } = parseMonth(month);
  const next = monthNumber === 12 ? { year: year + 1, monthNumber: 1 } : { year, monthNumber: monthNumber + 1 };
  return {
    startMs: zonedToEpochMs(year, monthNumber, 1, timeZone),
    endMs: zonedToEpochMs(next.year, next.monthNumber, 1, timeZone),
  };
}

/** "YYYY-MM-DD" → [local midnight, next local midnight): 23 or 25 hours on DST days. */
export function dayRange(day: string, timeZone: string): TimeRange {
  return remembered(`day ${day} ${timeZone}`, () => computeDayRange(day, timeZone));
}

function computeDayRange(day: string, timeZone: string): TimeRange {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return {
    startMs: zonedToEpochMs(year, month, date, timeZone),
    endMs: zonedToEpochMs(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}

export function monthOf(epochMs: number, timeZone: string): string {
  const parts = zonedParts(epochMs, timeZone);
  return `${parts.year}-${pad(parts.month)}`;
}

export function dayOf(epochMs: number, timeZone: string): string {
  const parts = zonedParts(epochMs, timeZone);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

export function previousMonth(month: string): string {
  const { year, monthNumber } = parseMonth(month);
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${pad(monthNumber - 1)}`;
}

/** Every "YYYY-MM-DD" of the month, in order. */
export function daysOfMonth(month: string): string[] {
  const { year, monthNumber } = parseMonth(month);
  const count = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return Array.from({ length: count }, (_, index) => `${month}-${pad(index + 1)}`);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

function parseMonth(month: string): { year: number; monthNumber: number } {
  if (!isMonth(month)) throw new RangeError(`Expected a month as YYYY-MM, got "${month}"`);
  return { year: Number(month.slice(0, 4)), monthNumber: Number(month.slice(5, 7)) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
