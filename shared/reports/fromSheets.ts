/**
 * What a 案卷评查表 contributes to the campaign: the case as the shared statistics see it
 * (shared/campaigns/stats.ts, also behind the dashboard), its row in the per-case table, and
 * the item columns of the case × item matrix.
 */
import type { EvaluatedCase } from '../campaigns/stats.ts';
import type { CaseRow, CaseScoreSheet, ItemMatrix, SheetCategory } from './model.ts';

/** 行政处罚（一般程序）, 行政检查. */
export function caseKindLabel(sheet: CaseScoreSheet): string {
  const c = sheet.case;
  return c.procedureLabel ? `${c.caseTypeLabel}（${c.procedureLabel}）` : c.caseTypeLabel;
}

/** Each item with the name of its top-level category (the 通报 groups problems by it). */
function itemsWithGroup(categories: readonly SheetCategory[]) {
  let group = '';
  return categories.flatMap((category) => {
    if (category.depth === 0) group = category.name;
    const g = group;
    return category.items.map((item) => ({ item, group: g }));
  });
}

/**
 * The sheet as an EvaluatedCase. `caseId` is the caller's handle to map figures back to case
 * numbers; `grade` is the grade id so that renamed tiers still group correctly.
 */
export function evaluatedCaseOf(sheet: CaseScoreSheet, caseId: number): EvaluatedCase {
  return {
    caseId,
    caseNumber: sheet.case.caseNumber,
    unit: sheet.case.unit,
    caseType: sheet.case.caseType,
    procedure: sheet.case.procedure,
    total: sheet.result.total,
    grade: sheet.result.grade.id,
    deductions: itemsWithGroup(sheet.categories)
      .filter(({ item }) => item.deducted > 0)
      .map(({ item, group }) => ({
        itemId: item.id,
        itemName: item.name,
        category: group,
        law: item.law || null,
        points: item.deducted,
        occurrences: item.deductions.reduce((sum, d) => sum + d.occurrences, 0) || 1,
        finding: item.reason,
      })),
    vetoHits: sheet.vetoes.filter((v) => v.hit).map((v) => ({ id: v.id, name: v.name })),
  };
}

export function caseRowOf(sheet: CaseScoreSheet): CaseRow {
  const deductions: Record<string, number> = {};
  const notApplicable: string[] = [];
  for (const category of sheet.categories) {
    for (const item of category.items) {
      if (item.deducted > 0) deductions[item.id] = item.deducted;
      if (item.status === 'not_applicable') notApplicable.push(item.id);
    }
  }
  return {
    caseNumber: sheet.case.caseNumber,
    templateId: sheet.template.id,
    templateVersion: sheet.template.version,
    unit: sheet.case.unit,
    caseTypeLabel: caseKindLabel(sheet),
    cause: sheet.case.cause,
    total: sheet.result.total,
    grade: sheet.result.grade,
    vetoes: sheet.vetoes.filter((v) => v.hit).map((v) => v.id),
    reviewer: sheet.reviewers
      .filter((r) => r.role !== '复核人')
      .map((r) => r.name)
      .join('、'),
    status: sheet.status.label,
    deductions,
    notApplicable,
  };
}

/** One matrix per standard, in the order the standards first appear; columns in item order. */
export function itemMatrices(sheets: readonly CaseScoreSheet[]): ItemMatrix[] {
  const matrices = new Map<string, ItemMatrix>();
  for (const sheet of sheets) {
    const t = sheet.template;
    const key = `${t.id}@${t.version}`;
    if (matrices.has(key)) continue;
    matrices.set(key, {
      templateId: t.id,
      templateName: t.name,
      templateVersion: t.version,
      columns: itemsWithGroup(sheet.categories).map(({ item, group }) => ({
        itemId: item.id,
        itemName: item.name,
        group,
        points: item.points,
      })),
    });
  }
  return [...matrices.values()];
}
