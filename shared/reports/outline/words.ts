/** Small wording helpers for the outlines: Chinese enumerations and counts. */
import { chineseNumber, formatAverage, formatScore } from '../format.ts';

/** ["甲", "乙", "丙"] → "甲、乙、丙"; with `max`, "甲、乙等3个单位"-style truncation is the caller's. */
export function enumerate(parts: readonly string[]): string {
  return parts.join('、');
}

/** "区司法局等5个单位" when there are more than `max` names. */
export function namesWithCount(names: readonly string[], max: number, noun: string): string {
  if (names.length <= max) return enumerate(names);
  return `${enumerate(names.slice(0, max))}等${names.length}个${noun}`;
}

/** 一、 二、 … for level-1 headings. */
export function sectionNumber(i: number): string {
  return `${chineseNumber(i)}、`;
}

/** （一）（二）… for level-2 headings. */
export function subsectionNumber(i: number): string {
  return `（${chineseNumber(i)}）`;
}

/** "87.5分" or "—" when there is no score. */
export function points(value: number | null): string {
  return value === null ? '—' : `${formatScore(value)}分`;
}

/** "87.50分": averages keep two decimals. */
export function averagePoints(value: number | null): string {
  return value === null ? '—' : `${formatAverage(value)}分`;
}

/** Signed change in percentage points between two shares: "上升1.25个百分点". */
export function shareDelta(current: number, previous: number): string {
  const diff = Math.round((current - previous) * 10000) / 100;
  if (diff === 0) return '持平';
  return `${diff > 0 ? '上升' : '下降'}${formatScore(Math.abs(diff))}个百分点`;
}

/** Numbers tables (表1, 表2 …) across the sections of one document. */
export interface Counter {
  next(): number;
}

export function counter(): Counter {
  let n = 0;
  return { next: () => ++n };
}
