/**
 * One row of the case list, on two lines: the case number runs across the number and unit
 * columns (it is what reviewers read first and it is long), party · cause and the unit sit
 * beneath it, and date, fine and score span both lines.
 */
import { memo } from 'react';
import { useI18n } from '../../i18n/i18nContext.ts';
import { ROW_HEIGHT } from './columns.ts';
import type { DeskRow } from './deskRow.ts';
import { statusLabel } from './enumLabels.ts';

interface CaseRowProps {
  id: string;
  index: number;
  row: DeskRow | undefined;
  top: number;
  active: boolean;
  open: boolean;
  /** A campaign's list: the reviewer in place of the fine. */
  campaign: boolean;
  onClick(index: number): void;
}

export const CaseRow = memo(function CaseRow({ id, index, row, top, active, open, campaign, onClick }: CaseRowProps) {
  const { t, formatNumber } = useI18n();
  const className = ['case-row', active ? 'is-active' : '', open ? 'is-open' : ''].filter(Boolean).join(' ');
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };

  if (!row) {
    return (
      <div id={id} role="row" aria-rowindex={index + 2} className={`${className} is-loading`} style={style}>
        <div role="gridcell" className="case-cell case-cell-main">
          <span className="skeleton">{t('cases.rowLoading')}</span>
        </div>
      </div>
    );
  }

  const party = row.partyName ?? t('cases.noParty');
  const secondLine = [party, row.cause].filter(Boolean).join(' · ');
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={open}
      className={className}
      style={style}
      data-testid="case-row"
      data-case-id={row.caseId}
      data-evaluation-id={row.evaluationId ?? undefined}
      data-status={row.status}
      data-case-number={row.caseNumber}
      onClick={() => onClick(index)}
    >
      <div role="gridcell" className="case-cell case-cell-main">
        <span className="case-number">
          <span
            className={`status-dot status-${row.status}`}
            title={statusLabel(row.status, t)}
            aria-label={statusLabel(row.status, t)}
            role="img"
          />
          {row.caseNumber}
          {row.version > 1 ? <span className="case-version">v{row.version}</span> : null}
        </span>
        <span className="case-sub" title={secondLine}>
          {secondLine}
        </span>
      </div>
      <div role="gridcell" className="case-cell case-cell-unit" title={row.unit ?? ''}>
        {row.unit ?? '—'}
      </div>
      <div role="gridcell" className="case-cell case-cell-date">
        {row.caseDate ?? '—'}
      </div>
      {campaign ? (
        <div role="gridcell" className="case-cell case-cell-fine case-cell-reviewer" title={row.reviewerName ?? ''}>
          {row.reviewerName ?? t('cases.unassigned')}
        </div>
      ) : (
        <div role="gridcell" className="case-cell case-cell-num case-cell-fine">
          {row.fineYuan === null ? '—' : formatNumber(row.fineYuan, { maximumFractionDigits: 2 })}
        </div>
      )}
      <div role="gridcell" className="case-cell case-cell-num case-cell-score" title={row.grade ?? ''}>
        {row.total === null ? '—' : formatNumber(row.total, { maximumFractionDigits: 1 })}
      </div>
    </div>
  );
});
