/**
 * The export dialog: choose what (a campaign's 通报, notices and score sheets, or the desk's
 * current case), in which formats, for which units, with ID numbers masked or revealed, and
 * whether to preview, take the issued versions or issue now; then the progress, the files with
 * their Chinese names to download, and the issued versions with reissue.
 */
import { useCallback, useMemo, useState } from 'react';
import { localIsoDate } from '../../../../shared/calendar/dates.ts';
import type { IssuedReportView } from '../../../../shared/api/reportTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { ExportFiles } from './ExportFiles.tsx';
import { ExportOptions, type ExportChoices } from './ExportOptions.tsx';
import { ExportProgress } from './ExportProgress.tsx';
import { IssueOptions, type IssueChoices } from './IssueOptions.tsx';
import { IssuedVersions } from './IssuedVersions.tsx';
import { ScopePicker } from './ScopePicker.tsx';
import { StatusSummary } from './StatusSummary.tsx';
import { useExportJob, type ExportRequest } from './useExportJob.ts';
import { useReportStatus, type ExportScope } from './useReportStatus.ts';
import './reports.css';

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  /** Opened from a campaign: that campaign; else the latest drawn one may be chosen. */
  campaignId?: number | null;
  /** Opened from the desk: the current case. */
  caseId?: number | null;
  caseNumber?: string | null;
}

export function ExportDialog({
  open,
  onClose,
  campaignId = null,
  caseId = null,
  caseNumber = null,
}: ExportDialogProps) {
  const { t, lang } = useI18n();
  const [scopeKind, setScopeKind] = useState<'campaign' | 'case'>(
    campaignId === null && caseId !== null ? 'case' : 'campaign',
  );
  const [chosenCampaign, setChosenCampaign] = useState<number | null>(campaignId);
  const [choices, setChoices] = useState<ExportChoices>({
    kinds: ['campaign_report'],
    units: [],
    formats: ['pdf'],
    revealIds: false,
    compileSheets: true,
  });
  // Numbers left untouched (null) show the campaign's report settings.
  const [edited, setEdited] = useState<{ documentNumber: string | null; noticeNumber: string | null }>({
    documentNumber: null,
    noticeNumber: null,
  });
  const [mode, setMode] = useState<IssueChoices['mode']>('latest');
  const [issuedOn, setIssuedOn] = useState(localIsoDate());

  const scope: ExportScope | null = useMemo(
    () =>
      scopeKind === 'case' && caseId !== null
        ? { kind: 'case', caseId }
        : chosenCampaign !== null
          ? { kind: 'campaign', campaignId: chosenCampaign }
          : null,
    [scopeKind, caseId, chosenCampaign],
  );
  const status = useReportStatus(scope);
  const { reload } = status;
  const job = useExportJob(useCallback(() => reload(), [reload]));
  const busy = job.running;

  const settings = status.settings;
  const issue: IssueChoices = {
    mode,
    documentNumber: edited.documentNumber ?? settings?.settings.documentNumber ?? '',
    noticeNumber: edited.noticeNumber ?? settings?.settings.noticeNumber ?? '',
    issuedOn,
  };
  const setIssue = (next: IssueChoices) => {
    setMode(next.mode);
    setIssuedOn(next.issuedOn);
    setEdited({
      documentNumber: next.documentNumber !== issue.documentNumber ? next.documentNumber : edited.documentNumber,
      noticeNumber: next.noticeNumber !== issue.noticeNumber ? next.noticeNumber : edited.noticeNumber,
    });
  };

  const campaignScope = scope?.kind === 'campaign';
  const request = (extra: Partial<ExportRequest> = {}): ExportRequest | null => {
    if (!scope) return null;
    const base = {
      formats: choices.formats,
      revealIds: choices.revealIds,
      mode: issue.mode,
      ...(issue.mode === 'issue' ? { issuedOn: issue.issuedOn } : {}),
    };
    if (scope.kind === 'case') return { ...base, caseId: scope.caseId, kinds: ['case_score_sheet'], ...extra };
    return {
      ...base,
      campaignId: scope.campaignId,
      kinds: choices.kinds,
      compileSheets: choices.compileSheets,
      ...(choices.units.length > 0 ? { units: choices.units } : {}),
      ...(issue.mode === 'issue' && issue.documentNumber.trim() ? { documentNumber: issue.documentNumber.trim() } : {}),
      ...(issue.mode === 'issue' && issue.noticeNumber.trim() ? { noticeNumber: issue.noticeNumber.trim() } : {}),
      ...extra,
    };
  };

  const start = async () => {
    const req = request();
    if (!req) return;
    // Numbers entered at issue become the campaign's settings, so the next issue proposes them.
    if (scope?.kind === 'campaign' && issue.mode === 'issue') {
      const documentNumber = issue.documentNumber.trim() || null;
      const noticeNumber = issue.noticeNumber.trim() || null;
      if (
        documentNumber !== (settings?.settings.documentNumber ?? null) ||
        noticeNumber !== (settings?.settings.noticeNumber ?? null)
      ) {
        try {
          await call('reports:save-settings', {
            campaignId: scope.campaignId,
            settings: { documentNumber, noticeNumber },
          });
        } catch {
          // The job itself reports a bad number with its field; go on.
        }
      }
    }
    void job.run(req);
  };

  const exportVersion = (report: IssuedReportView) => {
    if (choices.formats.length === 0) return;
    void job.run({
      reportIds: [report.id],
      formats: choices.formats,
      revealIds: choices.revealIds,
      kinds: [report.kind],
      mode: 'latest',
    });
  };

  const canStart =
    scope !== null && !busy && choices.formats.length > 0 && (scope.kind === 'case' || choices.kinds.length > 0);

  return (
    <Modal open={open} title={t('reports.title')} onClose={onClose} testId="export-dialog" wide busy={busy}>
      <ScopePicker
        kind={scopeKind}
        campaignId={chosenCampaign}
        caseNumber={caseId !== null ? caseNumber : null}
        disabled={busy}
        onKind={setScopeKind}
        onCampaign={setChosenCampaign}
      />
      <StatusSummary preview={status.preview} loading={status.loading} error={status.error} />
      <ExportOptions
        value={choices}
        units={status.units}
        campaign={campaignScope}
        disabled={busy}
        onChange={setChoices}
      />
      <IssueOptions value={issue} campaign={campaignScope} disabled={busy} onChange={setIssue} />
      {job.phase.kind === 'running' ? <ExportProgress progress={job.phase.progress} /> : null}
      {job.phase.kind === 'error' ? (
        <div className="inline-error" role="alert" data-testid="export-error" data-code={job.phase.error.code}>
          {t('reports.error', { message: errorText(job.phase.error.data, lang) })}
        </div>
      ) : null}
      {job.phase.kind === 'done' ? <ExportFiles result={job.phase.result} /> : null}
      <IssuedVersions issued={status.issued} disabled={busy} onExport={exportVersion} onReissued={() => reload()} />
      <footer className="modal-footer">
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t('app.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!canStart}
          data-testid="export-start"
          onClick={() => void start()}
        >
          {issue.mode === 'issue' ? t('reports.startIssue') : t('reports.start')}
        </button>
      </footer>
    </Modal>
  );
}
