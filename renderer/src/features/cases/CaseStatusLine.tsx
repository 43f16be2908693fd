/** The line under the case list: how many cases match, of how many, and where the cursor is. */
import { useI18n } from '../../i18n/i18nContext.ts';
import { hasFilters } from './caseQuery.ts';
import type { CaseBrowser } from './useCaseBrowser.ts';

export function CaseStatusLine({ browser, allCases }: { browser: CaseBrowser; allCases: number | null }) {
  const { t, formatNumber } = useI18n();
  const total = browser.cache.total;
  let text: string;
  if (total === null) text = browser.cache.error ? t('cases.statusError') : t('cases.statusLoading');
  else if (hasFilters(browser.filters) && allCases !== null)
    text = t('cases.statusFiltered', { total: formatNumber(total), all: formatNumber(allCases) });
  else text = t('cases.status', { total: formatNumber(total) });
  const position =
    total !== null && total > 0 && browser.opened?.index != null
      ? t('cases.statusSelected', { index: formatNumber(browser.opened.index + 1) })
      : null;
  return (
    <div className="status-line" role="status" data-testid="status-line" data-total={total ?? ''}>
      <span>{text}</span>
      {position ? <span className="status-position">{position}</span> : null}
    </div>
  );
}
