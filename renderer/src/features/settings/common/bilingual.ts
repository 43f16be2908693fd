/**
 * Messages from the shared code read "中文 / English" (validation issues, refinements); the UI
 * shows the half for its language, or the whole message when it has only one language.
 */
import type { Lang } from '../../../../../shared/i18n/index.ts';

export function messageIn(message: string, lang: Lang): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  const half = lang === 'en' ? message.slice(at + 3) : message.slice(0, at);
  return half.trim() || message;
}
