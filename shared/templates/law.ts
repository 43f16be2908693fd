/** Law citations as reviewers write them: 《中华人民共和国行政处罚法》第六十条. */
import type { LawRef } from './shape.ts';

export function formatLawRef(ref: LawRef): string {
  return `《${ref.law}》${ref.article ?? ''}`;
}

/**
 * Several references joined the Chinese way, the law named once for consecutive articles of it:
 * 《A》第四十条、第四十六条、《B》第三十五条.
 */
export function formatLawRefs(refs: readonly LawRef[]): string {
  return refs
    .map((ref, i) =>
      i > 0 && refs[i - 1]!.law === ref.law && refs[i - 1]!.article && ref.article ? ref.article : formatLawRef(ref),
    )
    .join('、');
}
