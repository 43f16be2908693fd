/**
 * The audit log: who changed what, when, with the value before and after. Every write to an
 * evaluation, item result, evidence citation, finding decision, template or profile appends
 * here inside the same transaction as the change, so a change without its entry cannot exist.
 */
import type { AuditEntity, AuditEntry } from '../../../shared/api/evaluationTypes.ts';
import { nowIso, stmt, type Db } from '../db.ts';

export interface AuditWrite {
  actor: string;
  entity: AuditEntity;
  entityId: string | number;
  /** Set for everything that belongs to one evaluation, so its history is one indexed query. */
  evaluationId?: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
  at?: string;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

export function appendAudit(db: Db, entry: AuditWrite): number {
  return Number(
    stmt(
      db,
      `INSERT INTO audit_log (at, actor, entity, entity_id, evaluation_id, action, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.at ?? nowIso(),
      entry.actor,
      entry.entity,
      String(entry.entityId),
      entry.evaluationId ?? null,
      entry.action,
      json(entry.before),
      json(entry.after),
    ).lastInsertRowid,
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: string;
  evaluationId: number | null;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  const { beforeJson, afterJson, ...rest } = row;
  return {
    ...rest,
    before: beforeJson === null ? null : JSON.parse(beforeJson),
    after: afterJson === null ? null : JSON.parse(afterJson),
  };
}

const COLUMNS = `id, at, actor, entity, entity_id AS entityId, evaluation_id AS evaluationId, action,
  before_json AS beforeJson, after_json AS afterJson`;

/** An evaluation's history, newest first. */
export function evaluationHistory(db: Db, evaluationId: number, limit: number, offset: number): AuditEntry[] {
  return (
    stmt(db, `SELECT ${COLUMNS} FROM audit_log WHERE evaluation_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`).all(
      evaluationId,
      limit,
      offset,
    ) as AuditRow[]
  ).map(toEntry);
}

/** The history of one template or profile (entries without an evaluation), newest first. */
export function entityHistory(db: Db, entity: AuditEntity, entityId: string, limit = 100): AuditEntry[] {
  return (
    stmt(db, `SELECT ${COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?`).all(
      entity,
      entityId,
      limit,
    ) as AuditRow[]
  ).map(toEntry);
}
