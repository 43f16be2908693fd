/**
 * The 整改通知书 to one unit: its own results from the 通报 and the rectification items of its
 * files, with the deadline the 通报 set. A unit without items gets a notice that says so, if
 * the office chooses to send one.
 */
import type { CampaignReport, CaseScoreSheet, RectificationNotice, ReportSource } from './model.ts';
import { REPORT_FORMAT } from './model.ts';

export interface NoticeInput {
  report: CampaignReport;
  sheets: readonly CaseScoreSheet[];
  unit: string;
  /** The unit's full name as the notice is addressed (主送). */
  addressee: string;
  documentNumber: string;
  issuedOn?: string;
  replyTo: string;
  replyRequirement: string;
  cc: string | null;
  /** Printed in place of the seal; leave out when the paper copy is stamped. */
  sealLabel?: string;
  source?: ReportSource;
}

export function buildRectificationNotice(input: NoticeInput): RectificationNotice {
  const { report, unit } = input;
  const row = report.units.find((u) => u.unit === unit);
  const itemName = (s: CaseScoreSheet, id: string) =>
    s.categories.flatMap((c) => c.items).find((i) => i.id === id)?.name ??
    s.vetoes.find((v) => v.id === id)?.name ??
    id;
  const cases = input.sheets
    .filter((s) => s.case.unit === unit && s.rectifications.length > 0)
    .map((s) => ({
      caseNumber: s.case.caseNumber,
      cause: s.case.cause,
      total: s.result.total,
      grade: s.result.grade,
      items: s.rectifications.map((r) => ({
        itemId: r.itemId,
        itemName: itemName(s, r.itemId),
        problem: r.problem,
        law: r.law,
        action: r.action,
      })),
    }));
  const issuedOn = input.issuedOn ?? report.issuedOn;
  return {
    format: REPORT_FORMAT,
    kind: 'rectification_notice',
    version: 1,
    supersedes: null,
    issue: null,
    source: input.source ?? { ...report.source, unitId: unit },
    title: '行政执法案卷评查整改通知书',
    documentNumber: input.documentNumber,
    issuingBody: report.issuingBody,
    addressee: input.addressee,
    issuedOn,
    campaign: { title: report.title, documentNumber: report.documentNumber, periodLabel: report.period.label },
    results: {
      evaluated: row?.count ?? 0,
      mean: row?.mean ?? null,
      rank: row?.rank ?? null,
      unitsRanked: report.units.filter((u) => u.rank !== null).length,
      grades: row?.grades ?? [],
    },
    cases,
    // The period runs from the 通报's issue, as the 通报 itself states.
    deadline: {
      from: report.issuedOn,
      workingDays: report.rectification.workingDays,
      date: report.rectification.deadline,
    },
    reply: { requirement: input.replyRequirement, to: input.replyTo, contact: report.contact },
    seal: input.sealLabel ? { label: input.sealLabel } : null,
    cc: input.cc,
  };
}
