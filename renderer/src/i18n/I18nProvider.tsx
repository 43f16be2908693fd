/**
 * Holds the UI language: Simplified Chinese by default, the user's choice kept in localStorage,
 * mirrored onto <html lang> so fonts and screen readers follow it.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createT, DEFAULT_LANG, isLang, type Lang } from '../../../shared/i18n/index.ts';
import { readSetting, writeSetting } from '../settings.ts';
import { I18nContext, type I18n } from './i18nContext.ts';

const LANG_KEY = 'lang';

function initialLang(): Lang {
  const stored = readSetting<unknown>(LANG_KEY, DEFAULT_LANG);
  return isLang(stored) ? stored : DEFAULT_LANG;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    writeSetting(LANG_KEY, lang);
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(lang);
    return {
      lang,
      t: createT(lang),
      setLang: setLangState,
      formatNumber: (n, options) => (options ? new Intl.NumberFormat(lang, options).format(n) : numberFormat.format(n)),
    };
  }, [lang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
