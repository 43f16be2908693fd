/** Law citations as reviewers write them: 《中华人民共和国行政处罚法》第六十条. */
import type { LawRef } from './shape.ts';

export function formatLawRef(ref: LawRef): string {
  return `《${ref.law}》${ref.article ?? ''}`;
}

/** Several references joined the Chinese way: 《A》第一条、《B》第二条. */
export function formatLawRefs(refs: readonly LawRef[]): string {
  return refs.map(formatLawRef).join('、');
}
