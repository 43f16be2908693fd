/**
 * Fills gaps in a case from its row of a batch register (登记表). Values from case.json (or read
 * from the documents) are never overwritten; a register value that disagrees is reported as a
 * warning so the reviewer can look.
 */
import type { CaseBundle, DateKey } from '../../shared/domain/bundle.ts';
import type { Provenance } from '../../shared/api/types.ts';

const COLUMNS = {
  partyName: ['当事人', '当事人名称', '当事人姓名', '被处罚人', 'party'],
  fine: ['罚款金额', '罚款', '罚款金额（元）', '罚款金额(元)', '罚款数额', 'fineYuan'],
  filed: ['立案日期', '立案时间', 'filed'],
  decided: ['决定日期', '处罚决定日期', '决定时间', 'decided'],
  unit: ['执法单位', '承办单位', '承办机构', '办案单位', 'unit'],
  cause: ['案由', 'cause'],
} as const;

function pick(row: Record<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value) return value;
  }
  return null;
}

/** Accepts 2023-10-08, 2023/10/8, 2023.10.8 and 2023年10月8日. */
export function parseRegisterDate(value: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export function parseRegisterAmount(value: string): number | null {
  const n = Number(value.replace(/[,，\s元¥￥]/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function applyRegisterRow(
  data: CaseBundle,
  row: Record<string, string>,
  provenance: Record<string, Provenance>,
  warnings: string[],
): CaseBundle {
  const next: CaseBundle = structuredClone(data);
  const differ = (field: string, ours: unknown, theirs: unknown) =>
    warnings.push(
      `登记表中 ${field} 为“${String(theirs)}”，与案卷“${String(ours)}”不一致 / register disagrees on ${field}`,
    );

  const partyName = pick(row, COLUMNS.partyName);
  if (partyName) {
    if (!next.party) {
      next.party = { type: 'individual', name: partyName };
      provenance['party.name'] = 'register';
    } else if (next.party.name !== partyName) differ('当事人', next.party.name, partyName);
  }
  const fineText = pick(row, COLUMNS.fine);
  const fine = fineText ? parseRegisterAmount(fineText) : null;
  if (fine !== null) {
    const current = next.penalty?.fineYuan;
    if (current === undefined || current === null) {
      next.penalty = {
        kinds: next.penalty?.kinds.length ? next.penalty.kinds : ['fine'],
        ...next.penalty,
        fineYuan: fine,
      };
      provenance['penalty.fineYuan'] = 'register';
    } else if (current !== fine) differ('罚款金额', current, fine);
  }
  const dateFields: [keyof typeof COLUMNS, DateKey][] = [
    ['filed', 'filed'],
    ['decided', 'decided'],
  ];
  for (const [column, key] of dateFields) {
    const text = pick(row, COLUMNS[column]);
    const date = text ? parseRegisterDate(text) : null;
    if (!date) continue;
    const current = next.dates[key];
    if (!current) {
      next.dates = { ...next.dates, [key]: date };
      provenance[`dates.${key}`] = 'register';
    } else if (current !== date) differ(column === 'filed' ? '立案日期' : '决定日期', current, date);
  }
  const unit = pick(row, COLUMNS.unit);
  if (unit) {
    if (!next.unit) {
      next.unit = unit;
      provenance.unit = 'register';
    } else if (next.unit !== unit) differ('执法单位', next.unit, unit);
  }
  const cause = pick(row, COLUMNS.cause);
  if (cause && !next.cause) {
    next.cause = cause;
    provenance.cause = 'register';
  }
  return next;
}
