/**
 * Display rules shared by every renderer, so the PDF, the DOCX and the XLSX print the same
 * number the same way: scores to at most two decimals without trailing zeros, shares as
 * percentages with two decimals (as the published 通报 do: 22.68%), dates as 2026年4月15日.
 */

/** The full-width space (U+3000) of Chinese forms and documents, written as an escape so that it is visible. */
export const FULL_SPACE = '\u3000';

/** 87.5 → "87.5", 90 → "90", 86.333… → "86.33"; null → "—" (not scored). */
export function formatScore(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = roundTo(value, 2);
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Half away from zero at `digits` decimals, immune to 1.005-style binary artefacts. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(Number(shifted.toPrecision(12))) / factor;
  return Math.sign(value) * rounded;
}

/** 0.2268 → "22.68%". */
export function formatShare(share: number, digits = 2): string {
  if (!Number.isFinite(share)) return '—';
  return `${roundTo(share * 100, digits).toFixed(digits)}%`;
}

/** Deductions print with a minus sign: 2 → "−2"; 0 → "". */
export function formatDeduction(points: number): string {
  return points === 0 ? '' : `-${formatScore(points)}`;
}

/** "2026-04-15" → "2026年4月15日"; null → "". */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Signed difference for comparisons: +1.5 / −2 / 0. */
export function formatDelta(value: number | null, unit = ''): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = roundTo(value, 2);
  if (rounded === 0) return `持平`;
  return `${rounded > 0 ? '上升' : '下降'}${formatScore(Math.abs(rounded))}${unit}`;
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Section numbers of official documents: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]!}十${ones === 0 ? '' : CN_DIGITS[ones]!}`;
}

/** "第3页" / "" for whole-document citations. */
export function formatCitation(c: { documentTitle: string; page: number | null }): string {
  return c.page === null ? `《${c.documentTitle}》` : `《${c.documentTitle}》第${c.page}页`;
}

/**
 * The line that tells an issued or reissued document apart from a draft: version, what it
 * replaces, and the start of the content hash the store froze it with. Null for a first draft.
 */
export function issueStampText(model: {
  version: number;
  supersedes: { version: number; reason: string } | null;
  issue: { contentHash: string; issuedAt: string } | null;
}): string | null {
  const parts: string[] = [];
  if (model.version > 1 || model.supersedes) {
    parts.push(`第${model.version}版`);
    if (model.supersedes) parts.push(`替代第${model.supersedes.version}版（${model.supersedes.reason}）`);
  }
  if (model.issue) parts.push(`内容校验码（SHA-256）${model.issue.contentHash.slice(0, 16)}`);
  return parts.length ? parts.join(FULL_SPACE) : null;
}

/** Averages print with two decimals so that a column of them lines up: 87 → "87.00". */
export function formatAverage(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return roundTo(value, 2).toFixed(2);
}
