/**
 * The 复核 reviewer's name, remembered apart from the 评查人's: the desk signs a new evaluation
 * with the remembered 评查人, and on a campaign case a registered name reassigns the case, so
 * the person who signs reviews must never end up remembered as the one who evaluates.
 */
const KEY = 'pingcha.secondReviewer';

export function rememberedSecondReviewer(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberSecondReviewer(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
  } catch {
    // storage unavailable: the name is asked for again next time
  }
}
