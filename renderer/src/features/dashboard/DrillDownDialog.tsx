/** The cases behind a figure: the campaign's cases table filtered by their ids; open one on the desk. */
import type { CampaignCaseRow } from '../../../../shared/api/campaignTypes.ts';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { CampaignCasesTable } from '../campaigns/CampaignCasesTable.tsx';
import { useReviewers } from '../campaigns/useCampaignData.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import type { DrillTarget } from './Drill.tsx';

interface DrillDownDialogProps {
  target: DrillTarget;
  units: readonly string[];
  onOpenCase: OpenCase;
  onClose(): void;
}

export function DrillDownDialog({ target, units, onOpenCase, onClose }: DrillDownDialogProps) {
  const { t, formatNumber } = useI18n();
  const reviewers = useReviewers(true);
  const open = (row: CampaignCaseRow) =>
    onOpenCase({ caseId: row.caseId, campaignId: target.campaignId, evaluationId: row.evaluationId });
  return (
    <Modal
      open
      wide
      title={t('dashboard.drillHeading', { title: target.title, n: formatNumber(target.caseIds.length) })}
      onClose={onClose}
      testId="drill-dialog"
    >
      <p className="form-hint">{t('dashboard.drillHint')}</p>
      <div className="drill-table">
        <CampaignCasesTable
          campaignId={target.campaignId}
          caseIds={target.caseIds}
          units={units}
          reviewers={reviewers.data ?? []}
          dataKey={0}
          selectedCaseId={null}
          onSelect={() => undefined}
          onOpen={open}
        />
      </div>
    </Modal>
  );
}
