/**
 * Automatic checks over stored cases, and the findings rows of an evaluation. The check input
 * is built from what the importer stored: cases.data_json for the case fields, the documents
 * table (the bound order, types, dates) and the page texts; evidence therefore points at
 * document ids the viewer can open.
 */
import type { CaseFindings, FindingDecision, FindingView } from '../../../shared/api/evaluationTypes.ts';
import type { WorkdayCalendar } from '../../../shared/calendar/workdays.ts';
import { checkCaseFromBundle } from '../../../shared/checks/fromBundle.ts';
import type { RuleId } from '../../../shared/checks/ruleIds.ts';
import { runChecks } from '../../../shared/checks/run.ts';
import type {
  CheckCase,
  CheckDocument,
  CheckStatus,
  Computation,
  Evidence,
  Finding,
} from '../../../shared/checks/types.ts';
import type { CaseBundle } from '../../../shared/domain/bundle.ts';
import type { DocumentType } from '../../../shared/domain/documentTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { profileCalendar } from '../../../shared/profiles/calendar.ts';
import type { Profile } from '../../../shared/profiles/schema.ts';
import type { CaseKind, Template } from '../../../shared/templates/index.ts';
import type { AutoTarget } from '../../../shared/api/evaluationTypes.ts';
import { stmt, type Db } from '../db.ts';
import { autoTargets } from './findingTargets.ts';

/** The check input for one stored case. */
export function checkCaseFromStore(db: Db, caseId: number): CheckCase {
  const row = stmt(db, 'SELECT data_json AS dataJson FROM cases WHERE id = ?').get(caseId) as
    { dataJson: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `case ${caseId}`, field: 'caseId' });
  const bundle = JSON.parse(row.dataJson) as CaseBundle;
  const documents = stmt(
    db,
    'SELECT id, seq, type, title, doc_date AS date FROM documents WHERE case_id = ? ORDER BY seq',
  ).all(caseId) as { id: number; seq: number; type: DocumentType; title: string | null; date: string | null }[];
  const pages = stmt(
    db,
    `SELECT p.document_id AS documentId, p.page_no AS pageNo, p.text
       FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.case_id = ? ORDER BY p.document_id, p.page_no`,
  ).all(caseId) as { documentId: number; pageNo: number; text: string }[];
  const byDocument = new Map<number, { pageNo: number; text: string }[]>();
  for (const p of pages) {
    const list = byDocument.get(p.documentId) ?? [];
    list.push({ pageNo: p.pageNo, text: p.text });
    byDocument.set(p.documentId, list);
  }
  const checkDocuments: CheckDocument[] = documents.map((d) => ({
    id: d.id,
    seq: d.seq,
    type: d.type,
    title: d.title,
    date: d.date,
    pages: byDocument.get(d.id) ?? [],
  }));
  return { ...checkCaseFromBundle({ ...bundle, documents: [] }), documents: checkDocuments };
}

/**
 * Runs every rule over stored cases with one profile. The calendar (packaged holidays plus the
 * profile's overrides) is built once per runner, not once per case.
 */
export function caseChecker(profile: Profile, today: string): (db: Db, caseId: number) => Finding[] {
  let calendar: WorkdayCalendar | null = null;
  return (db, caseId) => {
    calendar ??= profileCalendar(profile);
    return runChecks({ case: checkCaseFromStore(db, caseId), profile, calendar, today });
  };
}

/** The current version of every case, in case-number order. */
export function currentCaseIds(db: Db): number[] {
  return (stmt(db, 'SELECT id FROM cases WHERE is_current = 1 ORDER BY case_number').all() as { id: number }[]).map(
    (r) => r.id,
  );
}

/** `pingcha check`: findings per case without an evaluation. */
export function checkStoredCases(
  db: Db,
  caseIds: readonly number[],
  options: { profileId: string; profile: Profile; today: string },
): CaseFindings[] {
  const check = caseChecker(options.profile, options.today);
  return caseIds.map((caseId) => {
    const c = stmt(
      db,
      'SELECT case_number AS caseNumber, case_type AS caseType, procedure FROM cases WHERE id = ?',
    ).get(caseId) as Pick<CaseFindings, 'caseNumber' | 'caseType' | 'procedure'> | undefined;
    if (!c) throw new AppError('NOT_FOUND', { detail: `case ${caseId}`, field: 'caseId' });
    return { caseId, ...c, profileId: options.profileId, today: options.today, findings: check(db, caseId) };
  });
}

// ---- findings rows ----------------------------------------------------------------------

export interface FindingRow {
  id: number;
  evaluationId: number;
  rule: RuleId;
  status: CheckStatus;
  reason: string;
  reasonEn: string;
  article: string;
  suggestedDeduction: string | null;
  evidenceJson: string;
  computationJson: string | null;
  decision: FindingDecision;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  appliedJson: string | null;
  checkedAt: string;
}

const ROW_SQL = `SELECT id, evaluation_id AS evaluationId, rule, status, reason, reason_en AS reasonEn, article,
    suggested_deduction AS suggestedDeduction, evidence_json AS evidenceJson, computation_json AS computationJson,
    decision, decision_reason AS decisionReason, decided_by AS decidedBy, decided_at AS decidedAt,
    applied_json AS appliedJson, checked_at AS checkedAt
  FROM findings`;

export function findingRows(db: Db, evaluationId: number): FindingRow[] {
  return stmt(db, `${ROW_SQL} WHERE evaluation_id = ? ORDER BY id`).all(evaluationId) as FindingRow[];
}

export function findingRow(db: Db, evaluationId: number, findingId: number): FindingRow {
  const row = stmt(db, `${ROW_SQL} WHERE id = ? AND evaluation_id = ?`).get(findingId, evaluationId) as
    FindingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `finding ${findingId}`, field: 'findingId' });
  return row;
}

/** The check result a row holds, in the shape runChecks returns. */
export function findingOf(row: FindingRow): Finding {
  const finding: Finding = {
    rule: row.rule,
    status: row.status,
    reasonZh: row.reason,
    reasonEn: row.reasonEn,
    article: row.article,
    evidence: JSON.parse(row.evidenceJson) as Evidence[],
  };
  if (row.suggestedDeduction !== null)
    finding.suggestedDeduction = JSON.parse(row.suggestedDeduction) as Finding['suggestedDeduction'];
  if (row.computationJson !== null) finding.computation = JSON.parse(row.computationJson) as Computation;
  return finding;
}

export function appliedOf(row: Pick<FindingRow, 'appliedJson'>): AppliedTarget[] {
  return row.appliedJson ? (JSON.parse(row.appliedJson) as AppliedTarget[]) : [];
}

/**
 * A target as applied: the result it replaced (taking it back restores that status), and
 * whether accepting put it in place (alone or shared with another accepted finding) rather
 * than finding the reviewer's own choice already there.
 */
export type AppliedTarget = AutoTarget & { prior: StoredResult | null; added: boolean };

/** What item_results holds for one item (kept here to describe `prior` without a cycle). */
export interface StoredResult {
  kind: 'item' | 'bonus' | 'veto';
  status: string;
  choices: unknown[];
  note: string | null;
}

export function findingView(row: FindingRow, template: Template, kind: CaseKind): FindingView {
  const finding = findingOf(row);
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    rule: row.rule,
    status: row.status,
    reasonZh: row.reason,
    reasonEn: row.reasonEn,
    article: row.article,
    suggestedDeduction: finding.suggestedDeduction ?? null,
    evidence: finding.evidence,
    computation: finding.computation ?? null,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    checkedAt: row.checkedAt,
    targets: autoTargets(template, finding, kind),
    applied: appliedOf(row)
      .filter((a) => a.added)
      .map((a): AutoTarget =>
        a.kind === 'veto' ? { kind: 'veto', vetoId: a.vetoId } : { kind: 'item', itemId: a.itemId, choice: a.choice },
      ),
  };
}

/** True when a re-run produced the same outcome, so the reviewer's decision still stands. */
export function sameOutcome(row: FindingRow, finding: Finding): boolean {
  return (
    row.status === finding.status &&
    row.reason === finding.reasonZh &&
    row.article === finding.article &&
    row.suggestedDeduction ===
      (finding.suggestedDeduction === undefined ? null : JSON.stringify(finding.suggestedDeduction)) &&
    row.evidenceJson === JSON.stringify(finding.evidence) &&
    row.computationJson === (finding.computation ? JSON.stringify(finding.computation) : null)
  );
}

export function insertFinding(db: Db, evaluationId: number, finding: Finding, checkedAt: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO findings (evaluation_id, rule, status, reason, reason_en, article, suggested_deduction,
         evidence_json, computation_json, checked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      evaluationId,
      finding.rule,
      finding.status,
      finding.reasonZh,
      finding.reasonEn,
      finding.article,
      finding.suggestedDeduction === undefined ? null : JSON.stringify(finding.suggestedDeduction),
      JSON.stringify(finding.evidence),
      finding.computation ? JSON.stringify(finding.computation) : null,
      checkedAt,
    ).lastInsertRowid,
  );
}

/** Replaces a finding's outcome after a re-run; the decision goes back to pending. */
export function updateFindingOutcome(db: Db, id: number, finding: Finding, checkedAt: string): void {
  stmt(
    db,
    `UPDATE findings SET status = ?, reason = ?, reason_en = ?, article = ?, suggested_deduction = ?,
       evidence_json = ?, computation_json = ?, decision = 'pending', decision_reason = NULL, decided_by = NULL,
       decided_at = NULL, applied_json = NULL, checked_at = ?
     WHERE id = ?`,
  ).run(
    finding.status,
    finding.reasonZh,
    finding.reasonEn,
    finding.article,
    finding.suggestedDeduction === undefined ? null : JSON.stringify(finding.suggestedDeduction),
    JSON.stringify(finding.evidence),
    finding.computation ? JSON.stringify(finding.computation) : null,
    checkedAt,
    id,
  );
}

export function setFindingDecision(
  db: Db,
  id: number,
  decision: {
    decision: FindingDecision;
    reason: string | null;
    by: string | null;
    at: string | null;
    applied: AppliedTarget[] | null;
  },
): void {
  stmt(
    db,
    `UPDATE findings SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?, applied_json = ? WHERE id = ?`,
  ).run(
    decision.decision,
    decision.reason,
    decision.by,
    decision.at,
    decision.applied && decision.applied.length > 0 ? JSON.stringify(decision.applied) : null,
    id,
  );
}

/** Accepted findings of an evaluation other than `exceptId`, with what each applied. */
export function otherAccepted(
  db: Db,
  evaluationId: number,
  exceptId: number,
): { id: number; applied: AppliedTarget[] }[] {
  return (
    stmt(
      db,
      `SELECT id, applied_json AS appliedJson FROM findings WHERE evaluation_id = ? AND decision = 'accepted' AND id <> ?`,
    ).all(evaluationId, exceptId) as { id: number; appliedJson: string | null }[]
  ).map((r) => ({ id: r.id, applied: appliedOf(r) }));
}
