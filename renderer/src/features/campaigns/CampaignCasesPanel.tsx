/**
 * 抽取案卷: the drawn cases of a campaign with the workflow of each. Select a row and open its
 * evaluation dialog (Enter, double click, or the button), or go to the desk with it.
 */
import { useState } from 'react';
import type { CampaignCaseRow, CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { CampaignCasesTable } from './CampaignCasesTable.tsx';
import { EvaluationDialog } from './EvaluationDialog.tsx';
import { useReviewers } from './useCampaignData.ts';

interface CampaignCasesPanelProps {
  campaign: CampaignSummary;
  dataKey: number;
  units: readonly string[];
  onChanged(): void;
  onOpenCase: OpenCase;
}

export function CampaignCasesPanel({ campaign, dataKey, units, onChanged, onOpenCase }: CampaignCasesPanelProps) {
  const { t } = useI18n();
  const reviewers = useReviewers(true);
  const [selected, setSelected] = useState<CampaignCaseRow | null>(null);
  const [dialogRow, setDialogRow] = useState<CampaignCaseRow | null>(null);
  const openOnDesk = (row: CampaignCaseRow) =>
    onOpenCase({ caseId: row.caseId, campaignId: campaign.id, evaluationId: row.evaluationId });

  if (campaign.phase === 'draft') return <p className="pane-empty">{t('campaignCases.notDrawn')}</p>;
  return (
    <div className="campaign-cases-panel">
      <div className="panel-toolbar">
        <span className="panel-toolbar-hint">{t('campaignCases.hint')}</span>
        <button
          type="button"
          className="button"
          disabled={!selected}
          data-testid="case-workflow"
          onClick={() => selected && setDialogRow(selected)}
        >
          {t('campaignCases.workflow')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!selected}
          data-testid="case-open-desk"
          onClick={() => selected && openOnDesk(selected)}
        >
          {t('campaignCases.openOnDesk')}
        </button>
      </div>
      <CampaignCasesTable
        campaignId={campaign.id}
        units={campaign.scope.units && campaign.scope.units.length > 0 ? campaign.scope.units : units}
        reviewers={reviewers.data ?? []}
        dataKey={dataKey}
        selectedCaseId={selected?.caseId ?? null}
        onSelect={setSelected}
        onOpen={setDialogRow}
      />
      {dialogRow ? (
        <EvaluationDialog
          key={dialogRow.evaluationId}
          campaignId={campaign.id}
          row={dialogRow}
          reviewers={reviewers.data ?? []}
          onChanged={onChanged}
          onOpenOnDesk={openOnDesk}
          onClose={() => setDialogRow(null)}
        />
      ) : null}
    </div>
  );
}
