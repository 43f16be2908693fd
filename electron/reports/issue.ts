/**
 * Issuing freezes a report: the model built from the store now is stamped with its version
 * (and what it supersedes), hashed over its canonical content (reportContentJson) and stored
 * whole; from then on every export of it renders that stored model. A correction is a reissue:
 * version N+1 of the same target, built anew, naming the version it replaces and why.
 *
 * Issuing a 整改通知书 also issues the unit's drafted rectification items on the notice's date,
 * so the deadline the notice prints is the one the rectification board reckons with.
 */
import crypto from 'node:crypto';
import type { IssuedReportView, ResolvedTarget } from '../../shared/api/reportTypes.ts';
import { AppError } from '../../shared/errors.ts';
import { reportContentJson } from '../../shared/reports/canonical.ts';
import type { ReportModel } from '../../shared/reports/model.ts';
import { nowIso } from '../store/db.ts';
import { appendAudit } from '../store/queries/audit.ts';
import { issueRectifications } from '../store/queries/rectificationWrites.ts';
import { insertIssued, issuedReport, latestIssued } from '../store/queries/reports.ts';
import type { NumberChoice, ReportBuilder } from './build/reportBuilder.ts';
import { targetOfIssued } from './build/targets.ts';

export function contentHashOf(model: ReportModel): string {
  return crypto.createHash('sha256').update(reportContentJson(model), 'utf8').digest('hex');
}

/** The model as issued: versioned, hashed (the hash leaves out the issue stamp that holds it). */
export function freeze(
  model: ReportModel,
  stamp: { version: number; supersedes: ReportModel['supersedes']; issuedAt: string },
): { model: ReportModel; contentHash: string } {
  const content = { ...model, version: stamp.version, supersedes: stamp.supersedes, issue: null } as ReportModel;
  const contentHash = contentHashOf(content);
  return { model: { ...content, issue: { contentHash, issuedAt: stamp.issuedAt } } as ReportModel, contentHash };
}

export interface IssueOptions extends NumberChoice {
  actor: string;
  /** Reissue: the version replaced and why. */
  supersedes?: { id: number; version: number; contentHash: string; reason: string };
}

/** Issues one target; runs inside the caller's transaction. Refused targets leave nothing behind. */
function issueOne(builder: ReportBuilder, target: ResolvedTarget, options: IssueOptions, prefix: string): number {
  const db = builder.db;
  const blocker = builder.blockers(target, options, prefix)[0];
  if (blocker) throw blocker;
  const issuedOn = builder.env.reportDate;
  if (target.kind === 'rectification_notice') {
    issueRectifications(
      db,
      { campaignId: target.campaignId!, unit: target.unit!, issuedOn, actor: options.actor },
      issuedOn,
    );
  }
  const previous = latestIssued(db, target.key);
  const version = (previous?.view.version ?? 0) + 1;
  const built = builder.build(target, options);
  const issuedAt = nowIso();
  const { model, contentHash } = freeze(built, {
    version,
    supersedes: options.supersedes
      ? {
          version: options.supersedes.version,
          contentHash: options.supersedes.contentHash,
          reason: options.supersedes.reason,
        }
      : null,
    issuedAt,
  });
  const documentNumber = model.kind === 'case_score_sheet' ? null : model.documentNumber;
  const id = insertIssued(db, {
    target,
    version,
    title: model.title,
    documentNumber,
    modelJson: JSON.stringify(model),
    contentHash,
    issuedOn,
    issuedAt,
    issuedBy: options.actor,
    supersedesId: options.supersedes?.id ?? null,
    reason: options.supersedes?.reason ?? null,
  });
  appendAudit(db, {
    actor: options.actor,
    at: issuedAt,
    entity: 'report',
    entityId: id,
    evaluationId: target.evaluationId,
    action: options.supersedes ? 'reissue' : 'issue',
    after: { kind: target.kind, target: target.key, version, documentNumber, contentHash, issuedOn },
  });
  return id;
}

function alreadyIssued(view: IssuedReportView, prefix: string): AppError {
  return new AppError('CONFLICT', {
    detail: `「${view.title}」已于${view.issuedOn}签发第${view.version}版；如需更正，请重新签发（说明理由） / already issued: reissue it with a reason`,
    field: `${prefix}kind`,
    details: { reportId: view.id, version: view.version },
  });
}

/**
 * Issues the targets in order, all or nothing. `existing`: `refuse` fails on a target already
 * issued; `keep` leaves it as it is (a batch that issues what is missing).
 */
export function issueTargets(
  builder: ReportBuilder,
  targets: readonly ResolvedTarget[],
  options: IssueOptions & { existing: 'refuse' | 'keep'; prefix?: string },
): IssuedReportView[] {
  const prefix = options.prefix ?? '';
  const ids = builder.db.transaction(() => {
    const made: number[] = [];
    for (const target of targets) {
      const existing = latestIssued(builder.db, target.key);
      if (existing) {
        if (options.existing === 'refuse') throw alreadyIssued(existing.view, prefix);
        continue;
      }
      // A number entered at issue belongs to the one document it was entered for.
      const choice =
        targets.length === 1 || target.kind === 'campaign_report' ? options : { ...options, documentNumber: undefined };
      made.push(issueOne(builder, target, choice, prefix));
    }
    return made;
  })();
  return ids.map((id) => issuedReport(builder.db, id).view);
}

export function reissueReport(
  builder: ReportBuilder,
  reportId: number,
  options: { reason: string; documentNumber?: string | undefined; actor: string },
): IssuedReportView {
  const id = builder.db.transaction(() => {
    const { view } = issuedReport(builder.db, reportId);
    if (view.supersededBy !== null) {
      const newer = issuedReport(builder.db, view.supersededBy).view;
      throw new AppError('CONFLICT', {
        detail: `第${view.version}版已被第${newer.version}版替代，请对最新版本重新签发 / reissue the latest version (#${newer.id})`,
        field: 'reportId',
        details: { latestId: latestIssued(builder.db, targetOfIssued(view).key)?.view.id ?? newer.id },
      });
    }
    return issueOne(
      builder,
      targetOfIssued(view),
      {
        actor: options.actor,
        documentNumber: options.documentNumber ?? view.documentNumber ?? undefined,
        supersedes: { id: view.id, version: view.version, contentHash: view.contentHash, reason: options.reason },
      },
      '',
    );
  })();
  return issuedReport(builder.db, id).view;
}
