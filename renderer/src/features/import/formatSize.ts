/** A byte count as B / KB / MB / GB, in the UI's language. */
import type { Translate } from '../../../../shared/i18n/index.ts';

export function formatSize(
  bytes: number,
  t: Translate,
  formatNumber: (n: number, o?: Intl.NumberFormatOptions) => string,
) {
  const digits = { maximumFractionDigits: 1 };
  if (bytes < 1024) return t('units.bytes', { n: formatNumber(bytes) });
  if (bytes < 1024 ** 2) return t('units.kb', { n: formatNumber(bytes / 1024, digits) });
  if (bytes < 1024 ** 3) return t('units.mb', { n: formatNumber(bytes / 1024 ** 2, digits) });
  return t('units.gb', { n: formatNumber(bytes / 1024 ** 3, digits) });
}
