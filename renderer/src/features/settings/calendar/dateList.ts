/**
 * The dates of a holiday schedule as typed or pasted: one or more per line, separated by spaces,
 * commas or 、, ranges written `2027-02-05 ~ 2027-02-13` (or 至, –, —, ..; the end may leave out
 * the year: `2027-02-05~02-13`), dates also as 2027/2/5, 2027.2.5 or 2027年2月5日.
 */
import { addDays, diffDays } from '../../../../../shared/calendar/dates.ts';

export interface ParsedDates {
  /** Valid dates, without repeats, in order. */
  dates: string[];
  /** Pieces that are not a date or a range, as typed. */
  invalid: string[];
}

/** Longer than any holiday period: a longer range is a typo (a wrong month), not a schedule. */
const MAX_RANGE_DAYS = 31;

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A full date, or (with `year`) a month and day of that year. */
function dateOf(token: string, year?: number): string | null {
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(token);
  if (full) return realDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(token);
  if (short && year !== undefined) return realDate(year, Number(short[1]), Number(short[2]));
  return null;
}

function expand(token: string): string[] | null {
  const [from, to, ...rest] = token.split('~');
  if (from === undefined) return null;
  if (to === undefined) {
    const date = dateOf(from);
    return date ? [date] : null;
  }
  const start = dateOf(from);
  if (!start || rest.length > 0) return null;
  const end = dateOf(to, Number(start.slice(0, 4)));
  if (!end) return null;
  const span = diffDays(start, end);
  if (span < 0 || span > MAX_RANGE_DAYS) return null;
  return Array.from({ length: span + 1 }, (_, i) => addDays(start, i));
}

export function parseDateList(text: string): ParsedDates {
  const normalised = text.replace(/\s*(?:~|～|至|–|—|\.\.)\s*/g, '~');
  const dates = new Set<string>();
  const invalid: string[] = [];
  for (const token of normalised.split(/[\s,，、;；]+/).filter(Boolean)) {
    const expanded = expand(token);
    if (expanded) for (const d of expanded) dates.add(d);
    else invalid.push(token.replace(/~/g, ' ~ '));
  }
  return { dates: [...dates].sort(), invalid };
}

/** Dates back as text, consecutive days joined into ranges, one run per line. */
export function formatDateList(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const runs: [string, string][] = [];
  for (const date of sorted) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === date) last[1] = date;
    else runs.push([date, date]);
  }
  return runs.map(([from, to]) => (from === to ? from : `${from} ~ ${to}`)).join('\n');
}
