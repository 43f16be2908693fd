/**
 * Splits a long official title into balanced lines. GB/T 9704 asks for a trapezoid or diamond
 * shape with sense-preserving breaks, not a full line and an orphan. Without a word segmenter
 * the breaks prefer the boundaries of the words official titles are made of (…行政执法 | 案卷
 * 评查情况的通报) and never split a number or a bracketed run. A title with explicit line breaks
 * is taken as the office wrote it. Widths are in em: CJK 1, ASCII 0.5.
 */

function widthOf(ch: string): number {
  return ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
}

const NO_BREAK_BEFORE = new Set([...'，。、；：？！）》〕」』”’']);
const NO_BREAK_AFTER = new Set([...'（《〔「『“‘']);
/** Words that often start a title's second line; a break before them reads naturally. */
const LINE_STARTS = ['关于', '行政', '案卷', '评查', '情况', '整改', '落实', '工作', '通报', '通知', '意见', '报告'];
const BREAK_AFTER = new Set([...'的和及与']);

function allowed(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1]!;
  const after = chars[i]!;
  if (/[0-9A-Za-z]/.test(before) && /[0-9A-Za-z]/.test(after)) return false;
  return !NO_BREAK_BEFORE.has(after) && !NO_BREAK_AFTER.has(before);
}

function natural(chars: readonly string[], i: number): boolean {
  if (BREAK_AFTER.has(chars[i - 1]!)) return true;
  const rest = chars.slice(i, i + 2).join('');
  return LINE_STARTS.includes(rest);
}

/** Lines of at most `maxEm` em each. */
export function balancedTitleLines(title: string, maxEm: number): string[] {
  if (title.includes('\n')) return title.split('\n').map((l) => l.trim());
  const chars = [...title];
  const prefix = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1]! + widthOf(ch));
  const total = prefix[chars.length]!;
  if (total <= maxEm) return [title];
  const lines = Math.ceil(total / maxEm);
  const ideal = total / lines;
  // cost[k][i]: best cost of putting chars[0..i) on k lines; a line's cost is its squared
  // distance from the ideal width, plus a penalty for an unnatural break, plus a small one when
  // a line is shorter than the next (the trapezoid has its long side on top).
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(chars.length + 1).fill(INF));
  const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(chars.length + 1).fill(-1));
  cost[0]![0] = 0;
  const breakOk = (i: number) => i === chars.length || (i > 0 && allowed(chars, i));
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= chars.length; i++) {
      if (!breakOk(i)) continue;
      for (let j = k - 1; j < i; j++) {
        const prev = cost[k - 1]![j]!;
        if (prev === INF) continue;
        const width = prefix[i]! - prefix[j]!;
        if (width > maxEm) continue;
        let c = prev + (width - ideal) ** 2;
        if (i < chars.length && !natural(chars, i)) c += 10;
        if (j > 0 && width > prefix[j]! - prefix[from[k - 1]![j]!]!) c += 1;
        if (c < cost[k]![i]!) {
          cost[k]![i] = c;
          from[k]![i] = j;
        }
      }
    }
  }
  if (cost[lines]![chars.length] === INF) return [title];
  const out: string[] = [];
  let end = chars.length;
  for (let k = lines; k > 0; k--) {
    const start = from[k]![end]!;
    out.unshift(chars.slice(start, end).join(''));
    end = start;
  }
  return out;
}
