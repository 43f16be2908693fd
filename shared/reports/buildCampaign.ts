/**
 * The 评查情况通报 model from the campaign's finalised score sheets and what the legal office
 * decides (title, document number, addressees, deadlines, wording). Every figure comes from
 * campaignFigures (the shared statistics); the rectification list comes from the sheets.
 */
import { campaignFigures } from './figures.ts';
import type {
  CampaignReport,
  CaseScoreSheet,
  FollowUp,
  GradeTier,
  PeriodFigures,
  RectificationEntry,
  ReportSource,
  Reviewer,
  SamplingRecord,
} from './model.ts';
import { REPORT_FORMAT } from './model.ts';
import { pickTypicalCases, typicalCase } from './typical.ts';

export interface CampaignReportInput {
  sheets: readonly CaseScoreSheet[];
  /** Grade scale best first (the standard's tiers). */
  gradeScale: GradeTier[];
  title: string;
  documentNumber: string;
  issuingBody: string;
  addressees: string;
  issuedOn: string;
  period: CampaignReport['period'];
  scope: CampaignReport['scope'];
  method: { reviewMode: string; description: string; sampling: SamplingRecord; reviewers: Reviewer[] };
  /** Opening paragraphs. */
  summary: string[];
  rectification: {
    workingDays: number;
    deadline: string;
    requirement: string;
    /** 整改通知书 number per unit. */
    noticeNumbers: Readonly<Record<string, string>>;
    /** Stored status label per `${caseNumber}|${itemId}`; 待整改 when absent. */
    statuses?: Readonly<Record<string, string>>;
    /** `${unit}|${itemId}` failed again after the previous campaign (重复出现). */
    repeats?: ReadonlySet<string>;
  };
  followUp: FollowUp | null;
  previous: PeriodFigures | null;
  requirements: string[];
  contact: { name: string; phone: string } | null;
  cc: string | null;
  /** How many 示范优案 / 典型差案 to print (default 2 each). */
  typicalCount?: number;
  /** The reviewers' strengths of good files by case number. */
  strengths?: Readonly<Record<string, readonly string[]>>;
  source?: ReportSource;
}

function itemNameOf(sheet: CaseScoreSheet, id: string): string {
  for (const c of sheet.categories) for (const i of c.items) if (i.id === id) return i.name;
  return sheet.vetoes.find((v) => v.id === id)?.name ?? id;
}

export function buildCampaignReport(input: CampaignReportInput): CampaignReport {
  const sheets = input.sheets;
  const figures = campaignFigures(sheets, input.gradeScale, {
    periodLabel: input.period.label,
    maxTotal: Math.max(100, ...sheets.map((s) => s.result.maxTotal)),
  });
  const rect = input.rectification;
  const items: RectificationEntry[] = sheets.flatMap((s) =>
    s.rectifications.map((r) => ({
      unit: s.case.unit,
      caseNumber: s.case.caseNumber,
      itemId: r.itemId,
      itemName: itemNameOf(s, r.itemId),
      problem: r.problem,
      action: r.action,
      law: r.law,
      deadline: r.deadline ?? rect.deadline,
      status: rect.statuses?.[`${s.case.caseNumber}|${r.itemId}`] ?? '待整改',
      repeat: rect.repeats?.has(`${s.case.unit}|${r.itemId}`) ?? false,
    })),
  );
  const typical = pickTypicalCases(sheets, input.typicalCount ?? 2);
  return {
    format: REPORT_FORMAT,
    kind: 'campaign_report',
    version: 1,
    supersedes: null,
    issue: null,
    source: input.source ?? {},
    title: input.title,
    documentNumber: input.documentNumber,
    issuingBody: input.issuingBody,
    addressees: input.addressees,
    issuedOn: input.issuedOn,
    period: input.period,
    scope: input.scope,
    standards: [...new Map(sheets.map((s) => [`${s.template.id}@${s.template.version}`, s.template])).values()].map(
      (t) => ({ name: t.name, version: t.version }),
    ),
    method: input.method,
    summary: input.summary,
    gradeScale: input.gradeScale,
    overall: figures.overall,
    grades: figures.grades,
    byCaseType: figures.byCaseType,
    vetoHits: figures.vetoHits,
    units: figures.units,
    problems: figures.problems,
    typical: {
      good: typical.good.map((s) => typicalCase(s, 'good', input.strengths?.[s.case.caseNumber] ?? [])),
      bad: typical.bad.map((s) => typicalCase(s, 'bad')),
    },
    rectification: {
      workingDays: rect.workingDays,
      deadline: rect.deadline,
      requirement: rect.requirement,
      // Every evaluated unit is listed, those without items too (无需整改), so the table
      // accounts for all of them.
      byUnit: figures.units.map((u) => {
        const mine = items.filter((i) => i.unit === u.unit);
        return {
          unit: u.unit,
          cases: new Set(mine.map((i) => i.caseNumber)).size,
          items: mine.length,
          noticeNumber: mine.length > 0 ? (rect.noticeNumbers[u.unit] ?? null) : null,
          deadline: rect.deadline,
        };
      }),
      items,
    },
    followUp: input.followUp,
    // Nothing scored yet leaves nothing to compare: 0% against last quarter's 93% is no finding.
    comparison:
      input.previous && figures.overall.count > 0 ? { previous: input.previous, current: figures.period } : null,
    requirements: input.requirements,
    charts: figures.charts,
    cases: figures.cases,
    matrices: figures.matrices,
    contact: input.contact,
    cc: input.cc,
  };
}
