/**
 * A 案卷评查表 from the store: one evaluation with its pinned standard, the reviewer's results
 * and the score stored with them (the engine's, never recomputed here), the case as imported,
 * evidence cited (document title and page), the automatic findings the reviewer accepted, the
 * signatures of the workflow and, once drafted, the rectification items as the board holds
 * them (wording as edited, deadline once issued).
 *
 * Personal ID numbers are kept in full in the model: an issued model is frozen as built, and
 * every export masks them unless the person exporting reveals them (render.ts).
 */
import { buildScoreSheet } from '../../../shared/reports/buildSheet.ts';
import { CASE_TYPE_LABELS, outcomeOf, partyOf, PROCEDURE_LABELS } from '../../../shared/reports/caseLabels.ts';
import type { CaseScoreSheet, EvidenceCitation, SheetRectification } from '../../../shared/reports/model.ts';
import type { CaseBundle } from '../../../shared/domain/bundle.ts';
import { DOCUMENT_TYPE_INFO } from '../../../shared/domain/documentTypes.ts';
import { zh } from '../../../shared/i18n/zh.ts';
import { scoreEvaluation, type ScoreResult } from '../../../shared/scoring/index.ts';
import { stmt } from '../../store/db.ts';
import { caseKindOf, evaluationRow, type EvaluationRow } from '../../store/queries/evaluations.ts';
import { evidenceList } from '../../store/queries/evidence.ts';
import { appliedOf, findingRows } from '../../store/queries/findings.ts';
import { itemResults, resultsForScoring } from '../../store/queries/itemResults.ts';
import { localDateOf, type BuildEnv } from './env.ts';

interface CaseRow {
  dataJson: string;
  unit: string | null;
  agency: string | null;
  cause: string | null;
}

interface StoredItem {
  itemId: string;
  problem: string;
  requirement: string;
  legalBasis: string | null;
  deadline: string | null;
}

function evidenceByItem(env: BuildEnv, evaluationId: number): Record<string, EvidenceCitation[]> {
  const out: Record<string, EvidenceCitation[]> = {};
  for (const e of evidenceList(env.db, evaluationId)) {
    const citation: EvidenceCitation = {
      documentTitle: e.documentTitle?.trim() || DOCUMENT_TYPE_INFO[e.documentType].zh,
      page: e.pageNo,
      ...(e.quote ? { note: e.quote } : {}),
    };
    (out[e.itemId] ??= []).push(citation);
  }
  return out;
}

/**
 * What the automatic checks found (the concrete dates and documents), for the items and vetoes
 * their accepted findings set.
 */
function acceptedFindings(env: BuildEnv, evaluationId: number): Record<string, string> {
  const reasons = new Map<string, string[]>();
  for (const f of findingRows(env.db, evaluationId)) {
    if (f.decision !== 'accepted') continue;
    for (const target of appliedOf(f)) {
      const id = target.kind === 'item' ? target.itemId : target.vetoId;
      const list = reasons.get(id) ?? [];
      if (!list.includes(f.reason)) list.push(f.reason);
      reasons.set(id, list);
    }
  }
  return Object.fromEntries([...reasons].map(([id, list]) => [id, list.join('；')]));
}

function storedRectifications(env: BuildEnv, evaluationId: number): StoredItem[] {
  return stmt(
    env.db,
    `SELECT item_id AS itemId, problem, requirement, legal_basis AS legalBasis, deadline
       FROM rectifications WHERE evaluation_id = ? ORDER BY id`,
  ).all(evaluationId) as StoredItem[];
}

function reviewerUnit(env: BuildEnv, name: string): string | null {
  const r = env.reviewer(name);
  if (!r) return null;
  return r.unit ?? r.title ?? null;
}

export interface SheetOptions {
  /** The campaign's printed title and period, when the evaluation belongs to one. */
  campaign: { title: string; periodLabel: string } | null;
  evaluatingBody: string;
}

export function scoreSheetOfRow(env: BuildEnv, row: EvaluationRow, options: SheetOptions): CaseScoreSheet {
  const template = env.template(row.templateId, row.templateVersion);
  const results = resultsForScoring(itemResults(env.db, row.id), caseKindOf(row));
  const score: ScoreResult = row.scoreJson
    ? (JSON.parse(row.scoreJson) as ScoreResult)
    : scoreEvaluation(template, results);
  const caseRow = stmt(env.db, 'SELECT data_json AS dataJson, unit, agency, cause FROM cases WHERE id = ?').get(
    row.caseId,
  ) as CaseRow;
  const data = JSON.parse(caseRow.dataJson) as CaseBundle;
  const reviewerName = row.submittedBy ?? row.reviewer;
  const reviewers = [
    ...(reviewerName ? [{ role: '评查人', name: reviewerName, unit: reviewerUnit(env, reviewerName) }] : []),
    ...(row.reviewedBy ? [{ role: '复核人', name: row.reviewedBy, unit: reviewerUnit(env, row.reviewedBy) }] : []),
  ];
  const stored = storedRectifications(env, row.id);
  const checks = acceptedFindings(env, row.id);
  const vetoIds = new Set(template.vetoes.map((v) => v.id));
  const built = buildScoreSheet({
    template,
    results,
    score,
    case: {
      caseNumber: row.caseNumber,
      agency: caseRow.agency ?? data.agency ?? '',
      unit: caseRow.unit ?? data.unit ?? '（未注明单位）',
      cause: caseRow.cause ?? data.cause ?? '',
      party: partyOf(data.party),
      caseType: row.caseType,
      caseTypeLabel: CASE_TYPE_LABELS[row.caseType],
      procedure: row.procedure,
      procedureLabel: row.procedure ? PROCEDURE_LABELS[row.procedure] : null,
      filedOn: data.dates.filed ?? null,
      decidedOn: data.dates.decided ?? null,
      closedOn: data.dates.closed ?? null,
      outcome: outcomeOf(data),
    },
    evaluatingBody: options.evaluatingBody,
    campaign: options.campaign,
    reviewers,
    dates: {
      reviewedOn: localDateOf(row.submittedAt),
      checkedOn: localDateOf(row.reviewedAt),
      finalisedOn: localDateOf(row.finalizedAt),
    },
    status: { id: row.status, label: zh.enums.evaluationStatus[row.status] },
    evidence: evidenceByItem(env, row.id),
    // A hit veto is described by what was found; items keep the standard's wording (the 通报
    // groups problems by it) and get the check's finding as a note below.
    findings: Object.fromEntries(Object.entries(checks).filter(([id]) => vetoIds.has(id))),
    rectificationDeadline: null,
    revealIds: true,
    source: {
      ...(row.campaignId !== null ? { campaignId: String(row.campaignId) } : {}),
      caseId: String(row.caseId),
      evaluationId: String(row.id),
    },
  });
  const sheet: CaseScoreSheet = {
    ...built,
    categories: built.categories.map((c) => ({
      ...c,
      items: c.items.map((i) =>
        checks[i.id] && i.deducted > 0
          ? { ...i, note: [i.note, `自动核查：${checks[i.id]}`].filter(Boolean).join('；') }
          : i,
      ),
    })),
  };
  // Once drafted, the board's items are what was (or will be) sent to the unit: their wording
  // may have been edited and their deadline is the one issued.
  if (stored.length === 0) return sheet;
  const rectifications: SheetRectification[] = stored.map((r) => ({
    itemId: r.itemId,
    problem: r.problem,
    action: r.requirement,
    law: r.legalBasis ?? '',
    deadline: r.deadline,
  }));
  return { ...sheet, rectifications };
}

export function scoreSheetFromStore(env: BuildEnv, evaluationId: number, options: SheetOptions): CaseScoreSheet {
  return scoreSheetOfRow(env, evaluationRow(env.db, evaluationId), options);
}
