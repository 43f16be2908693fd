/**
 * The case list's filter-sort-page step, in memory. With 100,000 cases a virtualized grid asks
 * for any page of any sort under any mix of filters; SQLite answers that with an index walk plus
 * a table lookup per skipped row (OFFSET) and a full count per request, hundreds of ms. Here the
 * few columns the list filters and sorts on live in flat arrays, one sorted permutation per sort
 * key is kept until the data changes, and a request is one pass over that permutation (count and
 * slice together); SQLite then reads just the page's rows by id.
 *
 * Freshness without trusting every writer to report: before each request the index compares
 * the connection's `total_changes()` (its own writes) and `PRAGMA data_version` (commits by other
 * connections, e.g. the CLI while the app is open). When they moved, it re-reads the current
 * evaluations (status, total, grade change with every save) and, when the cases' count or
 * largest id moved too (imports, replacements, new versions), everything.
 */
import type { CaseListInput } from '../../shared/api/contract.ts';
import { stmt, type Db } from './db.ts';

type SortKey = NonNullable<CaseListInput['sort']>;

interface Columns {
  ids: Int32Array;
  caseNumber: string[];
  partyName: string[];
  cause: string[];
  /** Interned: index into `units`, -1 for none. */
  unit: Int32Array;
  units: string[];
  caseType: string[];
  procedure: (string | null)[];
  caseDate: (string | null)[];
  fine: Float64Array;
  /** Evaluation columns, refreshed on their own. */
  status: string[];
  grade: (string | null)[];
  total: Float64Array;
  rowOf: Map<number, number>;
}

export interface ListFilter {
  unit: string | null;
  caseType: string | null;
  procedure: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  text: string | null;
  evaluationStatus: string | null;
  grade: string | null;
}

interface State {
  stamp: string;
  casesStamp: string;
  columns: Columns;
  sorted: Map<SortKey, Int32Array>;
}

const states = new WeakMap<Db, State>();

/** Cheap to read before every request: moves on any write by this or another connection. */
function changeStamp(db: Db): string {
  const own = (stmt(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  const others = db.pragma('data_version', { simple: true }) as number;
  return `${own}:${others}`;
}

function casesStamp(db: Db): string {
  const row = stmt(db, 'SELECT count(*) AS n, max(id) AS maxId FROM cases WHERE is_current = 1').get() as {
    n: number;
    maxId: number | null;
  };
  return `${row.n}:${row.maxId ?? 0}`;
}

function loadCases(db: Db): Columns {
  const rows = stmt(
    db,
    `SELECT id, case_number, coalesce(party_name, ''), coalesce(cause, ''), unit, case_type, procedure,
            case_date, fine_yuan
       FROM cases WHERE is_current = 1`,
  )
    .raw(true)
    .all() as [number, string, string, string, string | null, string, string | null, string | null, number | null][];
  const n = rows.length;
  const unitIndex = new Map<string, number>();
  const columns: Columns = {
    ids: new Int32Array(n),
    caseNumber: new Array<string>(n),
    partyName: new Array<string>(n),
    cause: new Array<string>(n),
    unit: new Int32Array(n),
    units: [],
    caseType: new Array<string>(n),
    procedure: new Array<string | null>(n),
    caseDate: new Array<string | null>(n),
    fine: new Float64Array(n),
    status: new Array<string>(n).fill('not_started'),
    grade: new Array<string | null>(n).fill(null),
    total: new Float64Array(n).fill(NaN),
    rowOf: new Map(),
  };
  rows.forEach(([id, caseNumber, party, cause, unit, caseType, procedure, caseDate, fine], i) => {
    columns.ids[i] = id;
    columns.caseNumber[i] = caseNumber;
    columns.partyName[i] = party;
    columns.cause[i] = cause;
    if (unit === null) columns.unit[i] = -1;
    else {
      let u = unitIndex.get(unit);
      if (u === undefined) {
        u = columns.units.length;
        columns.units.push(unit);
        unitIndex.set(unit, u);
      }
      columns.unit[i] = u;
    }
    columns.caseType[i] = caseType;
    columns.procedure[i] = procedure;
    columns.caseDate[i] = caseDate;
    columns.fine[i] = fine ?? NaN;
    columns.rowOf.set(id, i);
  });
  return columns;
}

function loadEvaluations(db: Db, columns: Columns): void {
  columns.status.fill('not_started');
  columns.grade.fill(null);
  columns.total.fill(NaN);
  const rows = stmt(db, 'SELECT case_id, status, grade, total FROM evaluations WHERE is_current = 1')
    .raw(true)
    .all() as [number, string, string | null, number | null][];
  for (const [caseId, status, grade, total] of rows) {
    const i = columns.rowOf.get(caseId);
    if (i === undefined) continue;
    columns.status[i] = status;
    // Not started: the stored first score is no result yet (as SHOWN_TOTAL in the SQL lists).
    const scored = status !== 'not_started';
    columns.grade[i] = scored ? grade : null;
    columns.total[i] = scored ? (total ?? NaN) : NaN;
  }
}

function state(db: Db): State {
  const stamp = changeStamp(db);
  const known = states.get(db);
  if (known && known.stamp === stamp) return known;
  const cs = casesStamp(db);
  let columns: Columns;
  if (known && known.casesStamp === cs) {
    columns = known.columns;
    loadEvaluations(db, columns);
  } else {
    columns = loadCases(db);
    loadEvaluations(db, columns);
  }
  // The reads above do not move total_changes(), so this stamp is the one the next request sees.
  const fresh: State = { stamp: changeStamp(db), casesStamp: cs, columns, sorted: new Map() };
  if (known && known.casesStamp === cs) {
    // Only evaluation columns changed: sorts on case columns stay valid.
    for (const [key, order] of known.sorted) if (key !== 'total') fresh.sorted.set(key, order);
  }
  states.set(db, fresh);
  return fresh;
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareNumber(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

/**
 * Ascending order of a sort key with nulls last, ties by id: the descending order is this one
 * read backwards with the null block kept at the end (see `ordered`).
 */
function sortedRows(s: State, key: SortKey): Int32Array {
  const cached = s.sorted.get(key);
  if (cached) return cached;
  const c = s.columns;
  const order = new Int32Array(c.ids.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const units = c.units;
  const byKey: Record<SortKey, (a: number, b: number) => number> = {
    caseDate: (a, b) => compareText(c.caseDate[a]!, c.caseDate[b]!),
    caseNumber: (a, b) => compareText(c.caseNumber[a]!, c.caseNumber[b]!),
    unit: (a, b) => compareText(c.unit[a]! < 0 ? null : units[c.unit[a]!]!, c.unit[b]! < 0 ? null : units[c.unit[b]!]!),
    fine: (a, b) => compareNumber(c.fine[a]!, c.fine[b]!),
    total: (a, b) => compareNumber(c.total[a]!, c.total[b]!),
  };
  const compare = byKey[key];
  order.sort((a, b) => compare(a, b) || c.ids[a]! - c.ids[b]!);
  s.sorted.set(key, order);
  return order;
}

function isNullAt(c: Columns, key: SortKey, row: number): boolean {
  switch (key) {
    case 'caseDate':
      return c.caseDate[row] === null;
    case 'caseNumber':
      return false;
    case 'unit':
      return c.unit[row]! < 0;
    case 'fine':
      return Number.isNaN(c.fine[row]!);
    case 'total':
      return Number.isNaN(c.total[row]!);
  }
}

/**
 * Calls `visit` with each row in the requested order: ascending as sorted; descending read
 * backwards with the null block still last. Plain loops: this runs over every case per request.
 */
function forEachOrdered(s: State, key: SortKey, direction: 'asc' | 'desc', visit: (row: number) => void): void {
  const order = sortedRows(s, key);
  if (direction === 'asc') {
    for (let i = 0; i < order.length; i++) visit(order[i]!);
    return;
  }
  let firstNull = order.length;
  while (firstNull > 0 && isNullAt(s.columns, key, order[firstNull - 1]!)) firstNull--;
  for (let i = firstNull - 1; i >= 0; i--) visit(order[i]!);
  // Ties among nulls go by id, descending like the rest.
  for (let i = order.length - 1; i >= firstNull; i--) visit(order[i]!);
}

function matcher(c: Columns, f: ListFilter): (row: number) => boolean {
  // -1 marks a case without a unit; a unit no case has must match nothing, not those.
  const known = f.unit === null ? null : c.units.indexOf(f.unit);
  const unit = known === -1 ? -2 : known;
  const tests: ((row: number) => boolean)[] = [];
  if (unit !== null) tests.push((r) => c.unit[r] === unit);
  if (f.caseType !== null) tests.push((r) => c.caseType[r] === f.caseType);
  if (f.procedure !== null) tests.push((r) => c.procedure[r] === f.procedure);
  if (f.dateFrom !== null) tests.push((r) => c.caseDate[r] !== null && c.caseDate[r]! >= f.dateFrom!);
  if (f.dateTo !== null) tests.push((r) => c.caseDate[r] !== null && c.caseDate[r]! <= f.dateTo!);
  if (f.evaluationStatus !== null) tests.push((r) => c.status[r] === f.evaluationStatus);
  if (f.grade !== null) tests.push((r) => c.grade[r] === f.grade);
  if (f.text !== null) {
    const text = f.text;
    tests.push((r) => c.caseNumber[r]!.includes(text) || c.partyName[r]!.includes(text) || c.cause[r]!.includes(text));
  }
  return (row) => {
    for (const test of tests) if (!test(row)) return false;
    return true;
  };
}

/** The matching count and the ids of one page, in list order. */
export function queryCaseList(
  db: Db,
  filter: ListFilter,
  sort: SortKey,
  direction: 'asc' | 'desc',
  offset: number,
  limit: number,
): { total: number; ids: number[] } {
  const s = state(db);
  const matches = matcher(s.columns, filter);
  const ids: number[] = [];
  let total = 0;
  forEachOrdered(s, sort, direction, (row) => {
    if (!matches(row)) return;
    if (total >= offset && ids.length < limit) ids.push(s.columns.ids[row]!);
    total++;
  });
  return { total, ids };
}
