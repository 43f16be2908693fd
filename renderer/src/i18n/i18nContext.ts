/** The renderer's language setting and its translator, read through `useI18n()`. */
import { createContext, useContext } from 'react';
import { createT, DEFAULT_LANG, type Lang, type Translate } from '../../../shared/i18n/index.ts';

export interface I18n {
  lang: Lang;
  t: Translate;
  setLang(lang: Lang): void;
  /** Numbers and dates formatted for the current language. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

export const I18nContext = createContext<I18n>({
  lang: DEFAULT_LANG,
  t: createT(DEFAULT_LANG),
  setLang: () => undefined,
  formatNumber: (value) => String(value),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
