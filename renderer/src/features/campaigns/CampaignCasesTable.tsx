/**
 * A campaign's drawn cases as a virtualized, sortable table with filters by unit, reviewer,
 * status and grade (and text). Also the dashboard's drill-down: given `caseIds`, it lists only
 * the cases behind a figure. Enter or a double click opens the evaluation's workflow dialog.
 */
import { useMemo, useState } from 'react';
import type { CampaignCaseRow, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import type { EVALUATION_STATUSES } from '../../../../shared/api/contract.ts';
import { call } from '../../api/client.ts';
import { VirtualTable, type TableColumn, type TableSort } from '../../components/VirtualTable.tsx';
import { PageCache } from '../../data/pageCache.ts';
import { useDebounced } from '../../data/useDebounced.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { gradeLabel, procedureLabel } from '../cases/enumLabels.ts';
import { GradeFilter, ReviewerFilter, StatusFilter, UnitFilter } from '../cases/FilterSelects.tsx';
import { StatusBadge } from '../workflow/StatusBadge.tsx';

export interface CampaignCaseFilters {
  text: string;
  unit: string;
  reviewerId: string;
  status: string;
  grade: string;
}

const EMPTY: CampaignCaseFilters = { text: '', unit: '', reviewerId: '', status: '', grade: '' };

interface CampaignCasesTableProps {
  campaignId: number;
  /** Drill-down: only these cases. */
  caseIds?: readonly number[];
  units: readonly string[];
  reviewers: readonly ReviewerView[];
  /** Bumped to re-read after a change. */
  dataKey: number;
  selectedCaseId: number | null;
  onSelect(row: CampaignCaseRow): void;
  onOpen(row: CampaignCaseRow): void;
}

export function CampaignCasesTable(props: CampaignCasesTableProps) {
  const { campaignId, caseIds, units, reviewers, dataKey } = props;
  const { t, formatNumber } = useI18n();
  const [filters, setFilters] = useState<CampaignCaseFilters>(EMPTY);
  const [sort, setSort] = useState<TableSort>({ column: 'caseNumber', direction: 'asc' });
  const text = useDebounced(filters.text);

  const queryKey = JSON.stringify({ campaignId, caseIds, ...filters, text, sort, dataKey });
  const cache = useMemo(() => {
    const q = JSON.parse(queryKey) as CampaignCaseFilters & { caseIds?: number[]; sort: TableSort };
    return new PageCache<CampaignCaseRow>(
      async (offset, limit, signal) =>
        call(
          'campaigns:cases',
          {
            campaignId,
            ...(q.caseIds ? { caseIds: q.caseIds } : {}),
            ...(q.text.trim() ? { text: q.text.trim() } : {}),
            ...(q.unit ? { unit: q.unit } : {}),
            ...(q.reviewerId ? { reviewerId: q.reviewerId === 'none' ? 'none' : Number(q.reviewerId) } : {}),
            ...(q.status ? { status: q.status as (typeof EVALUATION_STATUSES)[number] } : {}),
            ...(q.grade ? { grade: q.grade } : {}),
            sort: q.sort.column as 'caseNumber',
            direction: q.sort.direction,
            offset,
            limit,
          },
          { signal },
        ),
      (row) => row.caseId,
    );
  }, [queryKey, campaignId]);

  const columns = useMemo<TableColumn<CampaignCaseRow>[]>(
    () => [
      {
        id: 'caseNumber',
        label: t('campaignCases.caseNumber'),
        width: 'minmax(132px, 1.4fr)',
        sort: 'caseNumber',
        render: (r) => <strong>{r.caseNumber}</strong>,
        title: (r) => [r.caseNumber, r.partyName, r.cause].filter(Boolean).join(' · '),
      },
      {
        id: 'unit',
        label: t('campaignCases.unit'),
        width: 'minmax(88px, 1fr)',
        sort: 'unit',
        render: (r) => r.unit ?? t('campaigns.noUnit'),
        title: (r) => r.unit ?? '',
      },
      {
        id: 'procedure',
        label: t('campaignCases.procedure'),
        width: '70px',
        render: (r) => procedureLabel(r.procedure, t) || '—',
      },
      {
        id: 'caseDate',
        label: t('campaignCases.caseDate'),
        width: '86px',
        sort: 'caseDate',
        render: (r) => r.caseDate ?? '—',
      },
      {
        id: 'reviewer',
        label: t('campaignCases.reviewer'),
        width: '84px',
        sort: 'reviewer',
        render: (r) => r.reviewerName ?? <span className="muted">{t('cases.unassigned')}</span>,
      },
      {
        id: 'status',
        label: t('campaignCases.status'),
        width: '66px',
        sort: 'status',
        render: (r) => <StatusBadge status={r.status} />,
      },
      {
        id: 'total',
        label: t('campaignCases.total'),
        width: '52px',
        align: 'end',
        sort: 'total',
        // Null until someone has started the case (SHOWN_TOTAL in the store).
        render: (r) => (r.total === null ? '—' : formatNumber(r.total, { maximumFractionDigits: 1 })),
      },
      {
        id: 'grade',
        label: t('campaignCases.grade'),
        width: '56px',
        render: (r) =>
          r.status === 'not_started' ? (
            '—'
          ) : r.vetoed ? (
            <span className="veto-mark">{gradeLabel(r.grade, t) || t('campaignCases.vetoed')}</span>
          ) : (
            gradeLabel(r.grade, t) || '—'
          ),
      },
      {
        id: 'overturns',
        label: t('campaignCases.overturns'),
        width: '52px',
        align: 'end',
        render: (r) => (r.overturns > 0 ? formatNumber(r.overturns) : '·'),
      },
      {
        id: 'rectifications',
        label: t('campaignCases.rectifications'),
        width: '52px',
        align: 'end',
        render: (r) => (r.rectifications > 0 ? formatNumber(r.rectifications) : '·'),
      },
    ],
    [t, formatNumber],
  );

  const set = (key: keyof CampaignCaseFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <div className="campaign-cases">
      <div className="filter-bar" role="search" aria-label={t('cases.filters')}>
        <input
          type="search"
          className="filter-text"
          placeholder={t('cases.textPlaceholder')}
          aria-label={t('cases.textLabel')}
          value={filters.text}
          onChange={(event) => set('text')(event.target.value)}
        />
        <UnitFilter units={units} value={filters.unit} onChange={set('unit')} testId="cc-filter-unit" />
        <ReviewerFilter
          reviewers={reviewers}
          value={filters.reviewerId}
          onChange={set('reviewerId')}
          testId="cc-filter-reviewer"
        />
        <StatusFilter value={filters.status} onChange={set('status')} testId="cc-filter-status" />
        <GradeFilter value={filters.grade} onChange={set('grade')} testId="cc-filter-grade" />
      </div>
      <VirtualTable
        label={t('campaignCases.label')}
        columns={columns}
        cache={cache}
        rowKey={(r) => r.caseId}
        sort={sort}
        onSort={setSort}
        selectedKey={props.selectedCaseId}
        onSelect={props.onSelect}
        onOpen={props.onOpen}
        emptyText={t('campaignCases.empty')}
        testId="campaign-cases"
        rowTestId="campaign-case-row"
        rowData={(r) => ({ 'case-id': r.caseId, 'case-number': r.caseNumber, status: r.status })}
      />
    </div>
  );
}
