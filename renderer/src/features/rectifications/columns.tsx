/** The board's columns: case, unit, standard item, problem, status, deadline, repeat flag. */
import type { RectificationView } from '../../../../shared/api/rectificationTypes.ts';
import type { Translate } from '../../../../shared/i18n/index.ts';
import type { TableColumn } from '../../components/VirtualTable.tsx';
import { RectStatusBadge } from './RectStatusBadge.tsx';

export function rectificationColumns(
  t: Translate,
  formatNumber: (n: number) => string,
): TableColumn<RectificationView>[] {
  return [
    {
      id: 'caseNumber',
      label: t('rectifications.caseNumber'),
      width: 'minmax(130px, 1.1fr)',
      sort: 'caseNumber',
      render: (r) => r.caseNumber,
      title: (r) => `${r.caseNumber} · ${r.campaignTitle}`,
    },
    {
      id: 'unit',
      label: t('rectifications.unit'),
      width: 'minmax(90px, 1fr)',
      sort: 'unit',
      render: (r) => r.unit,
      title: (r) => r.unit,
    },
    {
      id: 'item',
      label: t('rectifications.item'),
      width: 'minmax(120px, 1.2fr)',
      sort: 'itemId',
      render: (r) => `${r.itemId} ${r.itemName}`,
      title: (r) => `${r.itemId} ${r.itemName}`,
    },
    {
      id: 'problem',
      label: t('rectifications.problem'),
      width: 'minmax(160px, 2fr)',
      render: (r) => r.problem,
      title: (r) => r.problem,
    },
    {
      id: 'status',
      label: t('rectifications.statusLabel'),
      width: '64px',
      sort: 'status',
      render: (r) => <RectStatusBadge status={r.displayStatus} />,
    },
    {
      id: 'deadline',
      label: t('rectifications.deadline'),
      width: '128px',
      sort: 'deadline',
      render: (r) =>
        r.deadline ? (
          <span className={r.displayStatus === 'overdue' ? 'overdue-text' : undefined}>
            {r.deadline}
            {(r.workingDaysOverdue ?? 0) > 0 ? ` +${formatNumber(r.workingDaysOverdue ?? 0)}` : ''}
          </span>
        ) : (
          t('rectifications.daysOnly', { n: r.workingDays })
        ),
      title: (r) =>
        (r.workingDaysOverdue ?? 0) > 0
          ? t('rectifications.overdueDays', { n: formatNumber(r.workingDaysOverdue ?? 0) })
          : '',
    },
    {
      id: 'repeat',
      label: t('rectifications.repeatShort'),
      width: '40px',
      render: (r) => (r.repeatOf ? <span className="repeat-mark">{t('rectifications.repeatMark')}</span> : ''),
      title: (r) =>
        r.repeatOf
          ? t('rectifications.repeatOf', { campaign: r.repeatOf.campaignTitle, caseNumber: r.repeatOf.caseNumber })
          : '',
    },
  ];
}
