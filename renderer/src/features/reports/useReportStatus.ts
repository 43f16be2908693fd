/**
 * What the export dialog shows about its scope before anything is exported: the preview of the
 * 通报 (or of the case's score sheet) with what would keep it from being issued, the issued
 * versions, the campaign's report settings and its units. Reloaded after an issue or reissue.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReportTarget } from '../../../../shared/api/ops/reports.ts';
import type { IssuedReportView, ReportPreview, ReportSettingsView } from '../../../../shared/api/reportTypes.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';

export type ExportScope = { kind: 'campaign'; campaignId: number } | { kind: 'case'; caseId: number };

export interface ReportStatus {
  loading: boolean;
  error: ApiError | null;
  preview: ReportPreview | null;
  issued: IssuedReportView[];
  settings: ReportSettingsView | null;
  units: string[];
  reload(): void;
}

function targetOf(scope: ExportScope): ReportTarget {
  return scope.kind === 'campaign'
    ? { kind: 'campaign_report', campaignId: scope.campaignId }
    : { kind: 'case_score_sheet', caseId: scope.caseId };
}

export function useReportStatus(scope: ExportScope | null): ReportStatus {
  const [state, setState] = useState<Omit<ReportStatus, 'reload'>>({
    loading: false,
    error: null,
    preview: null,
    issued: [],
    settings: null,
    units: [],
  });
  const [key, setKey] = useState(0);
  const reload = useCallback(() => setKey((k) => k + 1), []);
  const scopeKey = scope ? `${scope.kind}:${scope.kind === 'campaign' ? scope.campaignId : scope.caseId}` : '';

  useEffect(() => {
    if (!scope) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    void (async () => {
      try {
        const preview = await call('reports:preview', { target: targetOf(scope) });
        const list = await call(
          'reports:list',
          scope.kind === 'campaign' ? { campaignId: scope.campaignId } : { caseId: scope.caseId },
        );
        const settings =
          scope.kind === 'campaign' ? await call('reports:settings', { campaignId: scope.campaignId }) : null;
        const units =
          scope.kind === 'campaign'
            ? (await call('campaigns:progress', { campaignId: scope.campaignId })).byUnit.map((u) => u.label)
            : [];
        if (live) setState({ loading: false, error: null, preview, issued: list.rows, settings, units });
      } catch (err) {
        if (live) setState((s) => ({ ...s, loading: false, error: toApiError(err) }));
      }
    })();
    return () => {
      live = false;
    };
    // scopeKey stands for scope: a new object for the same scope must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopeKey, key]);

  return { ...state, reload };
}
