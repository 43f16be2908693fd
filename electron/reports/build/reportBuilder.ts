/**
 * Builds any report target's model from the store, and says what keeps it from being issued.
 * One builder serves one request (a preview, an issue, a batch job): it caches the campaign's
 * score sheets and 通报 so that a batch of notices or sheets reads each evaluation once.
 *
 * Numbers: a 通报 prints the 发文字号 given (or the campaign's settings); a 整改通知书 prints the
 * number the 通报 gave its unit (issued notices keep theirs), so the two documents agree.
 */
import type { UnfinishedCase, ResolvedTarget } from '../../../shared/api/reportTypes.ts';
import { NO_UNIT } from '../../../shared/campaigns/scope.ts';
import { AppError, ERROR_TEXT } from '../../../shared/errors.ts';
import type { CampaignReport, ReportModel } from '../../../shared/reports/model.ts';
import { noticeNumberOf } from '../../../shared/reports/settings.ts';
import { zh } from '../../../shared/i18n/zh.ts';
import type { Db } from '../../store/db.ts';
import { campaignRow } from '../../store/queries/campaigns.ts';
import { evaluationRow } from '../../store/queries/evaluations.ts';
import { latestIssued, numberTakenBy } from '../../store/queries/reports.ts';
import { campaignFromStore, type CampaignBuild } from './campaignFromStore.ts';
import { drawnCases, unfinishedOf } from './campaignParts.ts';
import { buildEnv, type BuildEnv } from './env.ts';
import { noticeFromStore, unitSheets } from './noticeFromStore.ts';
import { scoreSheetFromStore } from './sheetFromStore.ts';
import { campaignKey, noticeKey } from './targets.ts';
import { stmt } from '../../store/db.ts';

/** Printed as 评查机关 on a score sheet of an evaluation outside any campaign. */
export const DEFAULT_EVALUATING_BODY = '行政执法监督机关';

export interface NumberChoice {
  /** Entered for this issue: the 通报's or one notice's 发文字号. */
  documentNumber?: string | undefined;
  /** Notice numbering with {n} for this job, instead of the campaign's settings. */
  noticeNumber?: string | null | undefined;
}

export class ReportBuilder {
  readonly env: BuildEnv;
  private readonly builds = new Map<number, CampaignBuild>();
  private readonly noticePatterns = new Map<number, string | null>();

  constructor(db: Db, reportDate: string) {
    this.env = buildEnv(db, reportDate);
  }

  get db(): Db {
    return this.env.db;
  }

  /** Notice numbering used by this builder's 通报 (for the job's notices too). */
  useNoticeNumbers(campaignId: number, pattern: string | null | undefined): void {
    if (pattern !== undefined) this.noticePatterns.set(campaignId, pattern);
  }

  private noticePattern(campaignId: number): string | null {
    return this.noticePatterns.has(campaignId)
      ? this.noticePatterns.get(campaignId)!
      : this.env.settings(campaignId).noticeNumber;
  }

  /** The campaign's 通报 as the store says now (numbers as set in the settings), cached. */
  campaign(campaignId: number): CampaignBuild {
    let build = this.builds.get(campaignId);
    if (!build) {
      const campaign = campaignRow(this.db, campaignId);
      const pattern = this.noticePattern(campaignId);
      build = campaignFromStore(this.env, campaign, {
        documentNumber: this.env.settings(campaignId).documentNumber ?? '',
        noticeNumber: (unit, sequence) =>
          latestIssued(this.db, noticeKey(campaignId, unit))?.view.documentNumber ?? noticeNumberOf(pattern, sequence),
      });
      this.builds.set(campaignId, build);
    }
    return build;
  }

  /** The 通报 a notice quotes: the latest issued one, else the current preview. */
  private noticeReport(campaignId: number): { report: CampaignReport; issued: boolean } {
    const issued = latestIssued(this.db, campaignKey(campaignId));
    if (issued?.model.kind === 'campaign_report') return { report: issued.model, issued: true };
    return { report: this.campaign(campaignId).report, issued: false };
  }

  /** The 发文字号 the target would print (empty string: none set yet; null: the kind has none). */
  documentNumber(target: ResolvedTarget, choice: NumberChoice = {}): string | null {
    switch (target.kind) {
      case 'case_score_sheet':
        return null;
      case 'campaign_report':
        return choice.documentNumber ?? this.env.settings(target.campaignId!).documentNumber ?? '';
      case 'rectification_notice': {
        if (choice.documentNumber) return choice.documentNumber;
        const { report } = this.noticeReport(target.campaignId!);
        return report.rectification.byUnit.find((u) => u.unit === target.unit)?.noticeNumber ?? '';
      }
    }
  }

  /** Version 1 of the target's model as the store says now. */
  build(target: ResolvedTarget, choice: NumberChoice = {}): ReportModel {
    const number = this.documentNumber(target, choice);
    switch (target.kind) {
      case 'case_score_sheet': {
        const row = evaluationRow(this.db, target.evaluationId!);
        const campaign = row.campaignId === null ? null : campaignRow(this.db, row.campaignId);
        const settings = campaign ? this.env.settings(campaign.id) : null;
        return scoreSheetFromStore(this.env, row.id, {
          campaign: campaign && settings ? { title: campaign.title, periodLabel: settings.periodLabel } : null,
          evaluatingBody: settings?.issuingBody ?? DEFAULT_EVALUATING_BODY,
        });
      }
      case 'campaign_report':
        return { ...this.campaign(target.campaignId!).report, documentNumber: number ?? '' };
      case 'rectification_notice': {
        const campaign = campaignRow(this.db, target.campaignId!);
        const cached = this.builds.get(campaign.id);
        const sheets = cached
          ? cached.sheets.filter((s) => s.case.unit === target.unit)
          : unitSheets(this.env, campaign, target.unit!);
        return noticeFromStore(this.env, campaign, {
          report: this.noticeReport(campaign.id).report,
          sheets,
          unit: target.unit!,
          documentNumber: number ?? '',
        });
      }
    }
  }

  /** Drawn cases the target rests on that are not finalised. */
  unfinished(target: ResolvedTarget): UnfinishedCase[] {
    if (target.kind === 'case_score_sheet') {
      const row = evaluationRow(this.db, target.evaluationId!);
      if (row.status === 'finalized') return [];
      const unit = stmt(this.db, 'SELECT unit FROM cases WHERE id = ?').get(row.caseId) as { unit: string | null };
      return [{ caseId: row.caseId, caseNumber: row.caseNumber, unit: unit.unit, status: row.status }];
    }
    const all = unfinishedOf(drawnCases(this.db, target.campaignId!));
    return target.kind === 'campaign_report' ? all : all.filter((c) => (c.unit ?? NO_UNIT) === target.unit);
  }

  /**
   * Why the target cannot be issued now, as the errors issuing would throw (first one thrown);
   * `choice` is the number that would be printed.
   */
  blockers(target: ResolvedTarget, choice: NumberChoice = {}, prefix = ''): AppError[] {
    const out: AppError[] = [];
    const unfinished = this.unfinished(target);
    if (unfinished.length > 0) out.push(unfinishedError(target, unfinished, prefix));
    if (
      target.kind === 'campaign_report' &&
      unfinished.length === 0 &&
      this.campaign(target.campaignId!).sheets.length === 0
    ) {
      out.push(
        new AppError('REPORT_UNFINISHED', {
          detail: '没有已定稿的评查，无可通报的结果 / no finalised evaluation to report',
          field: `${prefix}campaignId`,
        }),
      );
    }
    if (target.kind === 'rectification_notice') {
      const { issued } = this.noticeReport(target.campaignId!);
      if (!issued) {
        out.push(
          new AppError('CONFLICT', {
            detail: '请先签发本次评查的评查情况通报，整改通知书引用其结果和文号 / issue the campaign report first',
            field: `${prefix}campaignId`,
          }),
        );
      }
      const counts = stmt(this.db, 'SELECT count(*) AS n FROM rectifications WHERE campaign_id = ? AND unit = ?').get(
        target.campaignId,
        target.unit,
      ) as { n: number };
      const expected = unitSheets(this.env, campaignRow(this.db, target.campaignId!), target.unit!).some(
        (s) => s.rectifications.length > 0,
      );
      if (expected && counts.n === 0) {
        out.push(
          new AppError('CONFLICT', {
            detail: `「${target.unit}」的整改事项尚未生成，请先在整改跟踪中生成整改事项 / draft the unit's rectification items first`,
            field: `${prefix}unit`,
          }),
        );
      }
    }
    const number = this.documentNumber(target, choice);
    if (number === '') {
      out.push(
        new AppError('VALIDATION', {
          detail: `${target.kind === 'campaign_report' ? '评查情况通报' : '整改通知书'}须有发文字号：签发时填写，或在评查活动的报告设置中设定 / a document number is required`,
          field: 'documentNumber',
        }),
      );
    } else if (number !== null) {
      const taken = numberTakenBy(this.db, number, target.key);
      if (taken) {
        out.push(
          new AppError('CONFLICT', {
            detail: `发文字号「${number}」已用于「${taken.title}」（${taken.fileStem}） / the document number is taken`,
            field: 'documentNumber',
          }),
        );
      }
    }
    return out;
  }
}

export function unfinishedError(target: ResolvedTarget, list: readonly UnfinishedCase[], prefix = ''): AppError {
  const named = list
    .slice(0, 10)
    .map((c) => `${c.caseNumber}（${zh.enums.evaluationStatus[c.status]}）`)
    .join('、');
  const more = list.length > 10 ? `等${list.length}件` : `共${list.length}件`;
  const field =
    target.kind === 'case_score_sheet'
      ? `${prefix}evaluationId`
      : target.kind === 'campaign_report'
        ? `${prefix}campaignId`
        : `${prefix}unit`;
  // The case list once, in the Chinese half; the English half counts them.
  const text = ERROR_TEXT.REPORT_UNFINISHED;
  return new AppError('REPORT_UNFINISHED', {
    message: `${text.zh}：尚未定稿 ${named}${more} / ${text.en}: ${list.length} not finalised`,
    field,
    details: { unfinished: list },
  });
}
