/**
 * The in-memory case list (electron/store/caseListIndex.ts) against the SQL it replaced: for
 * random filters, sorts, directions and offsets over cases with missing units, dates, fines and
 * totals, both give the same count and the same page; and the list sees writes made through this
 * connection and through another one (the CLI while the app is open).
 */
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/store/db.ts';
import { listCases } from '../../electron/store/queries/cases.ts';
import { SHOWN_GRADE, SHOWN_TOTAL } from '../../electron/store/queries/evaluationShown.ts';
import { openWorkspace, type Workspace } from '../../electron/store/workspace.ts';
import type { CaseListInput } from '../../shared/api/contract.ts';
import { tempDir } from '../api/helpers.ts';

const UNITS = ['大沽街道综合执法大队', '新村街道综合执法大队', '海滨街道综合执法大队', null];
const STATUSES = ['not_started', 'in_progress', 'submitted', 'reviewed', 'finalized'] as const;
const GRADES = ['优秀', '良好', '合格', '不合格'];
const N = 240;

let ws: Workspace;
let dir: string;

function seedCases(db: Db): void {
  db.exec(`INSERT INTO import_runs (started_at, inputs_json) VALUES ('t', '[]');
    INSERT INTO templates (template_id, version, name, content_hash, json, source, imported_at)
      VALUES ('t', '1', 't', 'h', '{}', 'user', 't')`);
  const bundle = db.prepare(
    `INSERT INTO bundles (content_hash, location, shape, import_run_id, imported_at) VALUES (?, 'x', 'structured', 1, 't')`,
  );
  const kase = db.prepare(
    `INSERT INTO cases (case_number, bundle_id, case_type, procedure, unit, cause, party_name, fine_yuan, case_date,
       data_json, provenance_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '{}', 't')`,
  );
  const evaluation = db.prepare(
    `INSERT INTO evaluations (case_id, template_id, template_version, template_hash, status, total, grade,
       created_at, updated_at) VALUES (?, 't', '1', 'h', ?, ?, ?, 't', 't')`,
  );
  // A fixed pseudo-random mix, with ties (same dates, fines, totals) and nulls in every sort column.
  for (let i = 0; i < N; i++) {
    const b = Number(bundle.run(`b${i}`).lastInsertRowid);
    const id = Number(
      kase.run(
        `津滨执罚〔202${i % 4}〕${(i * 37) % 101}-${i}号`,
        b,
        i % 5 === 0 ? 'inspection' : 'penalty',
        i % 5 === 0 ? null : i % 3 === 0 ? 'simple' : 'general',
        UNITS[i % UNITS.length],
        i % 2 ? '占道经营' : '随意倾倒垃圾',
        i % 7 ? `王某${i % 9}` : null,
        i % 6 === 0 ? null : (i % 11) * 100,
        i % 13 === 0 ? null : `2025-0${1 + (i % 9)}-1${i % 10}`,
      ).lastInsertRowid,
    );
    if (i % 4 !== 0) {
      const scored = i % 8 !== 1;
      evaluation.run(
        id,
        STATUSES[i % STATUSES.length],
        scored ? 60 + (i % 9) * 5 : null,
        scored ? GRADES[i % 4] : null,
      );
    }
  }
}

/** The SQL the list used before: the reference for order, nulls last and ties by id. */
function reference(db: Db, input: Required<Omit<CaseListInput, 'text'>> & { text?: string }) {
  const sortSql = {
    caseDate: 'c.case_date',
    caseNumber: 'c.case_number',
    unit: 'c.unit',
    fine: 'c.fine_yuan',
    total: SHOWN_TOTAL,
  }[input.sort];
  const dir = input.direction === 'asc' ? 'ASC' : 'DESC';
  const where = `c.is_current = 1
    AND (:unit IS NULL OR c.unit = :unit) AND (:caseType IS NULL OR c.case_type = :caseType)
    AND (:procedure IS NULL OR c.procedure = :procedure)
    AND (:dateFrom IS NULL OR c.case_date >= :dateFrom) AND (:dateTo IS NULL OR c.case_date <= :dateTo)
    AND (:text IS NULL OR instr(c.case_number, :text) > 0 OR instr(coalesce(c.party_name, ''), :text) > 0
         OR instr(coalesce(c.cause, ''), :text) > 0)
    AND (:status IS NULL OR coalesce(e.status, 'not_started') = :status)
    AND (:grade IS NULL OR ${SHOWN_GRADE} = :grade)`;
  const params = {
    unit: input.unit ?? null,
    caseType: input.caseType ?? null,
    procedure: input.procedure ?? null,
    dateFrom: input.dateFrom ?? null,
    dateTo: input.dateTo ?? null,
    text: input.text ?? null,
    status: input.evaluationStatus ?? null,
    grade: input.grade ?? null,
  };
  const from = 'FROM cases c LEFT JOIN evaluations e ON e.case_id = c.id AND e.is_current = 1';
  const total = (db.prepare(`SELECT count(*) AS n ${from} WHERE ${where}`).get(params) as { n: number }).n;
  const ids = (
    db
      .prepare(
        `SELECT c.id ${from} WHERE ${where} ORDER BY ${sortSql} ${dir} NULLS LAST, c.id ${dir} LIMIT :limit OFFSET :offset`,
      )
      .all({ ...params, limit: input.limit, offset: input.offset }) as { id: number }[]
  ).map((r) => r.id);
  return { total, ids };
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const inputArb = fc.record({
  unit: optional(fc.constantFrom(...UNITS.filter((u): u is string => u !== null), '不存在的单位')),
  caseType: optional(fc.constantFrom('penalty' as const, 'inspection' as const)),
  procedure: optional(fc.constantFrom('general' as const, 'simple' as const)),
  evaluationStatus: optional(fc.constantFrom(...STATUSES)),
  grade: optional(fc.constantFrom(...GRADES)),
  dateFrom: optional(fc.constantFrom('2025-02-01', '2025-05-15')),
  dateTo: optional(fc.constantFrom('2025-06-30', '2025-09-30')),
  text: optional(fc.constantFrom('王某3', '占道', '〔2022〕', '-1')),
  sort: fc.constantFrom('caseDate' as const, 'caseNumber' as const, 'unit' as const, 'fine' as const, 'total' as const),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
  offset: fc.integer({ min: 0, max: N + 10 }),
  limit: fc.integer({ min: 1, max: 60 }),
});

beforeAll(async () => {
  dir = tempDir('pingcha-caselist-');
  ws = await openWorkspace(path.join(dir, 'ws'));
  seedCases(ws.db);
});
afterAll(() => ws.close());

describe('the in-memory case list', () => {
  it('gives the same count and page as SQL for any filters, sort, direction and offset', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const got = listCases(ws.db, input);
        const want = reference(ws.db, input as never);
        expect(got.total).toBe(want.total);
        expect(got.rows.map((r) => r.id)).toEqual(want.ids);
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('sees an evaluation saved through this connection on the next request', () => {
    const before = listCases(ws.db, { sort: 'total', direction: 'desc', limit: 1 });
    const top = before.rows[0]!;
    const victim = listCases(ws.db, { sort: 'total', direction: 'asc', limit: 1 }).rows[0]!;
    ws.db
      .prepare('UPDATE evaluations SET total = ?, grade = ? WHERE case_id = ? AND is_current = 1')
      .run((top.total ?? 0) + 1, '优秀', victim.id);
    const after = listCases(ws.db, { sort: 'total', direction: 'desc', limit: 1 });
    expect(after.rows[0]!.id).toBe(victim.id);
    expect(after.total).toBe(before.total);
  });

  it('sees a case added by another connection (another process) on the next request', () => {
    const before = listCases(ws.db, { sort: 'caseNumber', direction: 'asc', limit: 1 });
    const other = openDatabase(path.join(dir, 'ws', 'pingcha.sqlite'));
    try {
      const b = Number(
        other
          .prepare(
            `INSERT INTO bundles (content_hash, location, shape, import_run_id, imported_at) VALUES ('other', 'x', 'structured', 1, 't')`,
          )
          .run().lastInsertRowid,
      );
      other
        .prepare(
          `INSERT INTO cases (case_number, bundle_id, case_type, unit, case_date, data_json, provenance_json, created_at)
           VALUES ('津滨执罚〔2019〕1号', ?, 'penalty', '大沽街道综合执法大队', '2019-01-01', '{}', '{}', 't')`,
        )
        .run(b);
    } finally {
      other.close();
    }
    const after = listCases(ws.db, { sort: 'caseNumber', direction: 'asc', limit: 1 });
    expect(after.total).toBe(before.total + 1);
    expect(after.rows[0]!.caseNumber).toBe('津滨执罚〔2019〕1号');
    expect(reference(ws.db, { ...REF_DEFAULTS, sort: 'caseNumber', direction: 'asc', limit: 1 }).ids).toEqual([
      after.rows[0]!.id,
    ]);
  });
});

const REF_DEFAULTS = {
  unit: undefined,
  caseType: undefined,
  procedure: undefined,
  evaluationStatus: undefined,
  grade: undefined,
  dateFrom: undefined,
  dateTo: undefined,
  offset: 0,
} as unknown as Required<Omit<CaseListInput, 'text'>>;
