/** Labels that come from shared data rather than the catalogues: document types and error messages. */
import { DOCUMENT_TYPE_INFO, isDocumentType } from '../domain/documentTypes.ts';
import { ERROR_TEXT, type AppErrorData } from '../errors.ts';
import type { Lang } from './index.ts';

export function documentTypeLabel(type: string, lang: Lang): string {
  if (!isDocumentType(type)) return type;
  const info = DOCUMENT_TYPE_INFO[type];
  return lang === 'en' ? info.en : info.zh;
}

/**
 * The half of a bilingual error message ("中文：细节 / English: detail") for one language.
 * The split point is found from the code's English text, so a detail that itself holds
 * " / " (a path, say) does not cut the message in the wrong place.
 */
export function errorText(error: Pick<AppErrorData, 'code' | 'message'>, lang: Lang): string {
  const known = (ERROR_TEXT as Record<string, { zh: string; en: string } | undefined>)[error.code];
  const message = error.message ?? '';
  let zhPart = message;
  let enPart = message;
  const at = known ? message.indexOf(` / ${known.en}`) : -1;
  if (at >= 0) {
    zhPart = message.slice(0, at);
    enPart = message.slice(at + 3);
  } else {
    const first = message.indexOf(' / ');
    if (first >= 0) {
      zhPart = message.slice(0, first);
      enPart = message.slice(first + 3);
    }
  }
  const chosen = (lang === 'en' ? enPart : zhPart).trim();
  if (chosen) return chosen;
  return known ? (lang === 'en' ? known.en : known.zh) : error.code;
}
