/**
 * A preview: the report as the store would issue it now, what keeps it from being issued, the
 * versions already issued, and whether the store has changed since the latest of them.
 */
import type { IssuedReportView, ReportPreview, ResolvedTarget } from '../../shared/api/reportTypes.ts';
import { reportFileStem } from '../../shared/reports/fileName.ts';
import { maskedForExport } from '../../shared/reports/mask.ts';
import { targetVersions } from '../store/queries/reports.ts';
import { ReportBuilder } from './build/reportBuilder.ts';
import { freeze } from './issue.ts';

/**
 * Builds the target again as of the latest version's date, number and stamp: the hashes then
 * differ only when what the store says has changed since it was issued.
 */
function changedSince(
  builder: ReportBuilder,
  target: ResolvedTarget,
  issued: readonly IssuedReportView[],
): boolean | null {
  const latest = issued[0];
  if (!latest) return null;
  const replaced = latest.supersedes ? issued.find((v) => v.id === latest.supersedes!.id) : undefined;
  const asIssued = new ReportBuilder(builder.db, latest.issuedOn).build(target, {
    documentNumber: latest.documentNumber ?? undefined,
  });
  const { contentHash } = freeze(asIssued, {
    version: latest.version,
    supersedes: latest.supersedes
      ? {
          version: latest.supersedes.version,
          contentHash: replaced?.contentHash ?? '',
          reason: latest.supersedes.reason,
        }
      : null,
    issuedAt: latest.issuedAt,
  });
  return contentHash !== latest.contentHash;
}

export function previewReport(builder: ReportBuilder, target: ResolvedTarget, includeModel: boolean): ReportPreview {
  const model = builder.build(target);
  const issued = targetVersions(builder.db, target.key);
  return {
    target,
    title: model.title,
    fileStem: reportFileStem(model),
    counted: model.kind === 'campaign_report' ? model.overall.count : null,
    drawn: model.kind === 'campaign_report' ? model.method.sampling.drawnTotal : null,
    unfinished: builder.unfinished(target),
    blockers: builder.blockers(target).map((e) => e.message),
    issued,
    changedSinceIssue: changedSince(builder, target, issued),
    model: includeModel ? maskedForExport(model) : null,
  };
}
