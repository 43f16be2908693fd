/**
 * The reviewer's per-item results of an evaluation (item_results), their validation against
 * the pinned template, and their assembly into the scoring engine's input. A row's `kind` says
 * what the id names in the template: a scored item, a bonus item or a veto.
 */
import type { ItemResultView, ResultKind, VetoStatus } from '../../../shared/api/evaluationTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  ITEM_STATUSES,
  resultIssues,
  type EvaluationResults,
  type ItemResult,
  type ItemStatus,
  type OptionChoice,
} from '../../../shared/scoring/index.ts';
import { itemIndex, type CaseKind, type Template } from '../../../shared/templates/index.ts';
import { stmt, type Db } from '../db.ts';
import type { StoredResult } from './findings.ts';

export const VETO_STATUSES = ['hit', 'clear'] as const;

interface ResultRow {
  itemId: string;
  kind: ResultKind;
  status: string;
  deductionsJson: string;
  note: string | null;
  updatedAt: string;
  updatedBy: string;
}

const ROW_SQL = `SELECT item_id AS itemId, kind, status, deductions_json AS deductionsJson, note,
    updated_at AS updatedAt, updated_by AS updatedBy FROM item_results`;

function viewOf(row: ResultRow): ItemResultView {
  const choices = JSON.parse(row.deductionsJson) as OptionChoice[];
  return {
    itemId: row.itemId,
    kind: row.kind,
    status: row.status as ItemStatus | VetoStatus,
    deductions: row.kind === 'bonus' ? [] : choices,
    awards: row.kind === 'bonus' ? choices : [],
    note: row.note,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function itemResults(db: Db, evaluationId: number): ItemResultView[] {
  return (stmt(db, `${ROW_SQL} WHERE evaluation_id = ? ORDER BY item_id`).all(evaluationId) as ResultRow[]).map(viewOf);
}

export function itemResult(db: Db, evaluationId: number, itemId: string): ItemResultView | null {
  const row = stmt(db, `${ROW_SQL} WHERE evaluation_id = ? AND item_id = ?`).get(evaluationId, itemId) as
    ResultRow | undefined;
  return row ? viewOf(row) : null;
}

/** The compact form kept in audit entries and in a finding's `applied` list. */
export function storedOf(view: ItemResultView | null): StoredResult | null {
  if (!view) return null;
  return {
    kind: view.kind,
    status: view.status,
    choices: view.kind === 'bonus' ? view.awards : view.deductions,
    note: view.note,
  };
}

/** Writes (or, for a bare unreviewed result, removes) one row. */
export function putItemResult(
  db: Db,
  evaluationId: number,
  itemId: string,
  result: { kind: ResultKind; status: string; choices: readonly OptionChoice[]; note: string | null } | null,
  by: string,
  at: string,
): ItemResultView | null {
  if (!result || (result.status === 'unreviewed' && result.choices.length === 0 && !result.note)) {
    stmt(db, 'DELETE FROM item_results WHERE evaluation_id = ? AND item_id = ?').run(evaluationId, itemId);
    return null;
  }
  stmt(
    db,
    `INSERT INTO item_results (evaluation_id, item_id, kind, status, deductions_json, note, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (evaluation_id, item_id) DO UPDATE SET kind = excluded.kind, status = excluded.status,
       deductions_json = excluded.deductions_json, note = excluded.note, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(evaluationId, itemId, result.kind, result.status, JSON.stringify(result.choices), result.note, at, by);
  return itemResult(db, evaluationId, itemId);
}

/** What an id names in the template, or null. */
export function kindOf(template: Template, itemId: string): ResultKind | null {
  if (itemIndex(template).has(itemId)) return 'item';
  if (template.bonus?.items.some((b) => b.id === itemId)) return 'bonus';
  if (template.vetoes.some((v) => v.id === itemId)) return 'veto';
  return null;
}

export interface ItemInput {
  itemId: string;
  status: string;
  deductions?: readonly OptionChoice[] | undefined;
  awards?: readonly OptionChoice[] | undefined;
  note?: string | null | undefined;
}

/**
 * Checks one result against the template; VALIDATION names the item (`E7: …`) and the field
 * (`items.E7.deductions[0].points`) of the first problem, with every problem in details.
 */
export function validateItemInput(template: Template, input: ItemInput): { kind: ResultKind; choices: OptionChoice[] } {
  const id = input.itemId;
  const kind = kindOf(template, id);
  const fail = (field: string, message: string, issues?: unknown): never => {
    throw new AppError('VALIDATION', {
      detail: `${id}: ${message}`,
      field,
      details: { itemId: id, issues: issues ?? [] },
    });
  };
  if (!kind)
    return fail('itemId', `评查标准 ${template.id}@${template.version} 中没有此项 / no such item in the template`);
  const deductions = [...(input.deductions ?? [])];
  const awards = [...(input.awards ?? [])];
  if (kind === 'veto') {
    if (!(['unreviewed', ...VETO_STATUSES] as readonly string[]).includes(input.status))
      fail(
        'status',
        `否决项的状态只能是 hit、clear 或 unreviewed / a veto's status is hit, clear or unreviewed, not "${input.status}"`,
      );
    if (deductions.length > 0 || awards.length > 0)
      fail(
        deductions.length > 0 ? 'deductions' : 'awards',
        '否决项不扣分也不加分 / a veto takes no deductions or awards',
      );
    return { kind, choices: [] };
  }
  if (!(ITEM_STATUSES as readonly string[]).includes(input.status))
    fail('status', `未知状态 / unknown status "${input.status}"; use one of ${ITEM_STATUSES.join(', ')}`);
  const result: ItemResult = { status: input.status as ItemStatus, deductions, awards };
  const issues = resultIssues(template, { items: { [id]: result } });
  const first = issues[0];
  if (first) {
    throw new AppError('VALIDATION', {
      detail: issues.map((i) => i.message).join('; '),
      field: first.path,
      details: { itemId: id, issues },
    });
  }
  return { kind, choices: kind === 'bonus' ? awards : deductions };
}

/** The scoring engine's input from the stored rows. */
export function resultsForScoring(rows: readonly ItemResultView[], kind: CaseKind): EvaluationResults {
  const items: Record<string, ItemResult> = {};
  const vetoes: Record<string, { hit: boolean; note?: string }> = {};
  for (const r of rows) {
    if (r.kind === 'veto') vetoes[r.itemId] = { hit: r.status === 'hit', ...(r.note ? { note: r.note } : {}) };
    else
      items[r.itemId] = {
        status: r.status as ItemStatus,
        deductions: r.deductions,
        awards: r.awards,
        ...(r.note ? { note: r.note } : {}),
      };
  }
  return { case: kind, items, vetoes };
}
