/**
 * Two lines above the viewer naming the open case: its number and kind, then party · cause ·
 * unit (cut with an ellipsis when the pane is narrow, whole in the tooltip).
 */
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { caseTypeLabel, procedureLabel } from '../cases/enumLabels.ts';

export function CaseStrip({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useI18n();
  const kind = [caseTypeLabel(caseDetail.caseType, t), procedureLabel(caseDetail.procedure, t)]
    .filter(Boolean)
    .join(' · ');
  const facts = [caseDetail.partyName ?? t('cases.noParty'), caseDetail.cause, caseDetail.unit]
    .filter(Boolean)
    .join(' · ');
  return (
    <header className="case-strip" data-testid="case-strip" data-case-id={caseDetail.id}>
      <div className="case-strip-line">
        <h2 className="case-strip-number" data-testid="document-case-number">
          {caseDetail.caseNumber}
        </h2>
        <span className="case-strip-kind">{kind}</span>
      </div>
      <div className="case-strip-facts" title={facts}>
        {facts}
      </div>
    </header>
  );
}
