/**
 * A campaign's 评查情况通报 from the store. Only finalised evaluations are counted (the opening
 * paragraph says so, with how many are not finalised yet when previewing); every figure is
 * computed by the shared statistics from their score sheets, the 抽样记录 and the panel come
 * from the draw and the assignments, the rectification plan from the board's items, and the
 * follow-up and the comparison from the previous campaign.
 */
import { rectificationDeadline } from '../../../shared/campaigns/rectification.ts';
import { buildCampaignReport } from '../../../shared/reports/buildCampaign.ts';
import { formatDate } from '../../../shared/reports/format.ts';
import type { CampaignReport, CaseScoreSheet, GradeTier } from '../../../shared/reports/model.ts';
import type { ResolvedReportSettings } from '../../../shared/reports/settings.ts';
import type { Template } from '../../../shared/templates/index.ts';
import type { CampaignRow } from '../../store/queries/campaigns.ts';
import {
  boardItems,
  drawnCases,
  panelOf,
  samplingOf,
  scopeText,
  statusLabel,
  type DrawnCase,
} from './campaignParts.ts';
import { localDateOf, type BuildEnv } from './env.ts';
import { previousParts } from './previousCampaign.ts';
import { scoreSheetFromStore } from './sheetFromStore.ts';

export interface CampaignBuild {
  report: CampaignReport;
  /** The finalised evaluations' score sheets the figures were computed from. */
  sheets: CaseScoreSheet[];
  drawn: DrawnCase[];
}

export interface CampaignBuildOptions {
  documentNumber: string;
  /** The 整改通知书 number of a unit with items, by its 1-based place among them in the 通报. */
  noticeNumber(unit: string, sequence: number): string | null;
}

/** The grade scale of the standard most sheets were scored with (its tiers, best first). */
function gradeScaleOf(env: BuildEnv, sheets: readonly CaseScoreSheet[], drawn: readonly DrawnCase[]): GradeTier[] {
  const uses = new Map<string, { id: string; version: string; n: number }>();
  for (const s of sheets) {
    const key = `${s.template.id}@${s.template.version}`;
    const u = uses.get(key) ?? { id: s.template.id, version: s.template.version, n: 0 };
    u.n += 1;
    uses.set(key, u);
  }
  let template: Template | null = null;
  const top = [...uses.values()].sort((a, b) => b.n - a.n)[0];
  if (top) template = env.template(top.id, top.version);
  else if (drawn[0]) {
    const row = env.db
      .prepare('SELECT template_id AS id, template_version AS version FROM evaluations WHERE id = ?')
      .get(drawn[0].evaluationId) as { id: string; version: string };
    template = env.template(row.id, row.version);
  }
  return template ? template.grades.tiers.map((t) => ({ id: t.id, name: t.name, min: t.min })) : [];
}

function summaryParagraph(
  settings: ResolvedReportSettings,
  campaign: CampaignRow,
  drawn: number,
  population: number,
  counted: number,
): string {
  const drawnOn = localDateOf(campaign.drawnAt);
  const unfinished = drawn - counted;
  return (
    `为推进严格规范公正文明执法，${settings.issuingBody}${drawnOn ? `于${formatDate(drawnOn).replace(/\d+日$/, '')}` : ''}` +
    `组织开展了${settings.periodLabel}行政执法案卷评查工作，从${population}件办结案卷中随机抽取${drawn}件进行评查。` +
    `本通报统计已评查定稿的${counted}件案卷` +
    (unfinished > 0 ? `（另有${unfinished}件尚未定稿，未计入统计）` : '') +
    '。现将有关情况通报如下。'
  );
}

export function campaignFromStore(env: BuildEnv, campaign: CampaignRow, options: CampaignBuildOptions): CampaignBuild {
  const settings = env.settings(campaign.id);
  const drawn = drawnCases(env.db, campaign.id);
  const sheets = drawn
    .filter((c) => c.status === 'finalized')
    .map((c) =>
      scoreSheetFromStore(env, c.evaluationId, {
        campaign: { title: campaign.title, periodLabel: settings.periodLabel },
        evaluatingBody: settings.issuingBody,
      }),
    );
  const sampling = samplingOf(env.db, campaign);
  const board = boardItems(env.db, campaign.id);
  const workingDays = campaign.rectificationDays;
  const deadline = rectificationDeadline(env.reportDate, workingDays, env.calendar);
  const { followUp, previous } = previousParts(env, campaign);
  const report = buildCampaignReport({
    sheets,
    gradeScale: gradeScaleOf(env, sheets, drawn),
    title: settings.title,
    documentNumber: options.documentNumber,
    issuingBody: settings.issuingBody,
    addressees: settings.addressees,
    issuedOn: env.reportDate,
    period: { label: settings.periodLabel, from: campaign.periodFrom, to: campaign.periodTo },
    scope: scopeText(env.db, campaign, drawn),
    method: {
      reviewMode: settings.reviewMode,
      description: `评查采取随机抽取、${settings.reviewMode}、集中复核的方式进行，评查人员不评查本单位案卷，每件案卷经评查、复核后定稿。`,
      sampling,
      reviewers: panelOf(env, campaign, settings.issuingBody),
    },
    summary: [summaryParagraph(settings, campaign, drawn.length, sampling.populationTotal, sheets.length)],
    rectification: {
      workingDays,
      deadline,
      requirement: settings.rectificationRequirement,
      noticeNumbers: {},
      statuses: Object.fromEntries(board.map((b) => [`${b.caseNumber}|${b.itemId}`, statusLabel(b, env.reportDate)])),
      repeats: new Set(board.filter((b) => b.repeatOfId !== null).map((b) => `${b.unit}|${b.itemId}`)),
    },
    followUp,
    previous,
    requirements: settings.requirements,
    contact: settings.contact,
    cc: settings.cc,
    source: { campaignId: String(campaign.id) },
  });
  // Notice numbers follow the units' order in the 通报; a unit whose items were issued keeps
  // the latest deadline they were issued with.
  let sequence = 0;
  const issuedDeadline = new Map<string, string>();
  for (const b of board) {
    if (b.deadline && (issuedDeadline.get(b.unit) ?? '') < b.deadline) issuedDeadline.set(b.unit, b.deadline);
  }
  report.rectification.byUnit = report.rectification.byUnit.map((u) =>
    u.items === 0
      ? u
      : {
          ...u,
          noticeNumber: options.noticeNumber(u.unit, ++sequence),
          deadline: issuedDeadline.get(u.unit) ?? u.deadline,
        },
  );
  return { report, sheets, drawn };
}
