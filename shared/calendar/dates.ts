/** Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, in UTC so no time zone shifts a day. */

const DAY_MS = 86_400_000;

export function parseIsoDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${value}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  return formatIsoDate(new Date(parseIsoDate(value).getTime() + days * DAY_MS));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

export function addYears(value: string, years: number): string {
  const d = parseIsoDate(value);
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
  // 29 February plus one year is 28 February, not 1 March.
  if (target.getUTCMonth() !== d.getUTCMonth()) target.setUTCDate(0);
  return formatIsoDate(target);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(value: string): number {
  return parseIsoDate(value).getUTCDay();
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * Today's date where the reviewer is (the machine's local time zone), not UTC: in China a UTC
 * date is yesterday until 08:00, which would shift every deadline and overdue count by a day.
 */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
