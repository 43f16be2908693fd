/** A number that drills down to the cases behind it (disabled when there are none). */
import { useI18n } from '../../i18n/i18nContext.ts';

export interface DrillTarget {
  title: string;
  campaignId: number;
  caseIds: readonly number[];
}

interface DrillProps {
  value: string | number;
  caseIds: readonly number[];
  title: string;
  campaignId: number;
  onDrill(target: DrillTarget): void;
  testId?: string;
}

export function Drill({ value, caseIds, title, campaignId, onDrill, testId }: DrillProps) {
  const { t, formatNumber } = useI18n();
  const text = typeof value === 'number' ? formatNumber(value, { maximumFractionDigits: 1 }) : value;
  return (
    <button
      type="button"
      className="drill"
      disabled={caseIds.length === 0}
      title={t('dashboard.drillTitle', { n: formatNumber(caseIds.length) })}
      data-testid={testId}
      data-count={caseIds.length}
      onClick={() => onDrill({ title, campaignId, caseIds })}
    >
      {text}
    </button>
  );
}
