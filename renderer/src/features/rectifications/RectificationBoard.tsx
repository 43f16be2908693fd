/**
 * 整改跟踪: every rectification item, counted per status at the top (each count filters), filtered
 * by campaign, unit, repeat flag and text; drafted from a campaign's finalised evaluations and
 * issued per unit from here. The selected item's wording, lifecycle, replies and timeline are
 * on the right. Overdue items (computed by the API) stand out in red.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RectificationView } from '../../../../shared/api/rectificationTypes.ts';
import { RECTIFICATION_BOARD_STATUSES } from '../../../../shared/api/ops/rectifications.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { VirtualTable, type TableSort } from '../../components/VirtualTable.tsx';
import { PageCache } from '../../data/pageCache.ts';
import { useDebounced } from '../../data/useDebounced.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { readSetting, writeSetting } from '../../settings.ts';
import { useCampaignList } from '../campaigns/useCampaignData.ts';
import { UnitFilter } from '../cases/FilterSelects.tsx';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { IssueDialog } from './IssueDialog.tsx';
import { RectificationDetailPane } from './RectificationDetailPane.tsx';
import { rectificationColumns } from './columns.tsx';
import { boardQuery, EMPTY_BOARD_FILTERS, type BoardFilters } from './boardQuery.ts';
import './rectifications.css';

export function RectificationBoard({ onOpenCase }: { onOpenCase: OpenCase }) {
  const { t, lang, formatNumber } = useI18n();
  const campaigns = useCampaignList();
  const [filters, setFilters] = useState<BoardFilters>(() => ({
    ...EMPTY_BOARD_FILTERS,
    campaignId: readSetting<string>('rectifications.campaign', ''),
  }));
  const [sort, setSort] = useState<TableSort>({ column: 'deadline', direction: 'asc' });
  const [dataKey, setDataKey] = useState(0);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const text = useDebounced(filters.text);
  const changed = useCallback(() => setDataKey((k) => k + 1), []);

  const query = useMemo(() => boardQuery({ ...filters, text }, sort), [filters, text, sort]);
  const queryKey = JSON.stringify([query, dataKey]);
  const cache = useMemo(() => {
    const [q] = JSON.parse(queryKey) as [typeof query, number];
    return new PageCache<RectificationView>(
      (offset, limit, signal) => call('rectifications:list', { ...q, offset, limit }, { signal }),
      (row) => row.id,
    );
  }, [queryKey]);
  // The counts row: the same filters without the status, so each count says what clicking it shows.
  const { status: _status, ...countQuery } = query;
  const countsKey = JSON.stringify([countQuery, dataKey]);
  const counts = useLoad(countsKey, (signal) =>
    call('rectifications:list', { ...(JSON.parse(countsKey) as [typeof countQuery])[0], limit: 1 }, { signal }),
  );

  const set = <K extends keyof BoardFilters>(key: K, value: BoardFilters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    if (key === 'campaignId') writeSetting('rectifications.campaign', value);
  };
  const campaignId = filters.campaignId ? Number(filters.campaignId) : null;
  const campaign = campaigns.data?.find((c) => c.id === campaignId) ?? null;
  const units = useMemo(
    () => [...new Set((campaigns.data ?? []).flatMap((c) => c.scope.units ?? []))].sort(),
    [campaigns.data],
  );

  const draft = async () => {
    if (campaignId === null) return;
    setDrafting(true);
    setError(null);
    try {
      const actor = rememberedReviewer().trim();
      const result = await call('rectifications:draft', { campaignId, ...(actor ? { actor } : {}) });
      setNotice(
        t('rectifications.drafted', {
          created: formatNumber(result.created.length),
          existing: formatNumber(result.existing),
          repeats: formatNumber(result.repeats),
          skipped: formatNumber(result.skipped.length),
        }),
      );
      changed();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setDrafting(false);
    }
  };

  const columns = useMemo(() => rectificationColumns(t, formatNumber), [t, formatNumber]);
  const countValues = counts.data?.counts;
  return (
    <main className="view rectification-board" aria-label={t('nav.rectifications')} data-testid="rectification-board">
      <div className="status-chips" role="group" aria-label={t('rectifications.byStatus')}>
        <button
          type="button"
          className={filters.status === '' ? 'status-chip is-current' : 'status-chip'}
          aria-pressed={filters.status === ''}
          onClick={() => set('status', '')}
        >
          {t('rectifications.all')}
          <strong>{countValues ? formatNumber(Object.values(countValues).reduce((a, b) => a + b, 0)) : '·'}</strong>
        </button>
        {RECTIFICATION_BOARD_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={`status-chip chip-${s}${filters.status === s ? ' is-current' : ''}`}
            aria-pressed={filters.status === s}
            data-testid={`rect-count-${s}`}
            data-value={countValues?.[s] ?? ''}
            onClick={() => set('status', filters.status === s ? '' : s)}
          >
            {t(`rectifications.status.${s}`)}
            <strong>{countValues ? formatNumber(countValues[s]) : '·'}</strong>
          </button>
        ))}
      </div>
      <div className="filter-bar board-filters" role="search" aria-label={t('cases.filters')}>
        <select
          className="filter-select"
          aria-label={t('rectifications.campaign')}
          value={filters.campaignId}
          data-testid="rect-filter-campaign"
          onChange={(event) => set('campaignId', event.target.value)}
        >
          <option value="">{t('rectifications.allCampaigns')}</option>
          {(campaigns.data ?? []).map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.title}
            </option>
          ))}
        </select>
        <UnitFilter
          units={units}
          value={filters.unit}
          onChange={(value) => set('unit', value)}
          testId="rect-filter-unit"
        />
        <select
          className="filter-select"
          aria-label={t('rectifications.repeat')}
          value={filters.repeat}
          data-testid="rect-filter-repeat"
          onChange={(event) => set('repeat', event.target.value as BoardFilters['repeat'])}
        >
          <option value="">{t('rectifications.repeatAny')}</option>
          <option value="yes">{t('rectifications.repeatOnly')}</option>
          <option value="no">{t('rectifications.repeatFirst')}</option>
        </select>
        <input
          type="search"
          className="filter-text"
          placeholder={t('rectifications.textPlaceholder')}
          aria-label={t('rectifications.textPlaceholder')}
          value={filters.text}
          onChange={(event) => set('text', event.target.value)}
        />
        <span className="board-actions">
          <button
            type="button"
            className="button"
            disabled={campaignId === null || drafting}
            title={campaignId === null ? t('rectifications.chooseCampaign') : undefined}
            data-testid="rect-draft"
            onClick={() => void draft()}
          >
            {t('rectifications.draft')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={campaignId === null || (countValues?.draft ?? 0) === 0}
            title={campaignId === null ? t('rectifications.chooseCampaign') : undefined}
            data-testid="rect-issue"
            onClick={() => setIssuing(true)}
          >
            {t('rectifications.issue')}
          </button>
        </span>
      </div>
      {notice ? (
        <p className="board-notice" role="status" data-testid="rect-notice">
          {notice}
        </p>
      ) : null}
      {error || counts.error ? (
        <p className="inline-error" role="alert">
          {errorText((error ?? counts.error)!.data, lang)}
        </p>
      ) : null}
      <div className="board-body">
        <VirtualTable
          label={t('rectifications.listLabel')}
          columns={columns}
          cache={cache}
          rowKey={(r) => r.id}
          sort={sort}
          onSort={setSort}
          selectedKey={selectedId}
          onSelect={(r) => setSelectedId(r.id)}
          onOpen={(r) => setSelectedId(r.id)}
          emptyText={t('rectifications.empty')}
          rowClass={(r) => (r.displayStatus === 'overdue' ? 'is-overdue' : '')}
          testId="rect-list"
          rowTestId="rect-row"
          rowData={(r) => ({ id: r.id, status: r.displayStatus, unit: r.unit, 'case-number': r.caseNumber })}
          rowHeight={40}
        />
        <aside className="board-detail" aria-label={t('rectifications.detail')}>
          {selectedId !== null ? (
            <RectificationDetailPane
              key={selectedId}
              id={selectedId}
              dataKey={dataKey}
              onChanged={changed}
              onOpenCase={onOpenCase}
            />
          ) : (
            <p className="pane-empty">{t('rectifications.noSelection')}</p>
          )}
        </aside>
      </div>
      {issuing && campaign ? (
        <IssueDialog
          campaign={campaign}
          onClose={() => setIssuing(false)}
          onIssued={(count, deadline) => {
            setIssuing(false);
            setNotice(t('rectifications.issued', { count: formatNumber(count), deadline }));
            changed();
          }}
        />
      ) : null}
    </main>
  );
}
