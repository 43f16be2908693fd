/**
 * The score of the results as the pane shows them (stored ones with local edits on top),
 * computed by the same shared engine the store uses.
 */
import type { EvaluationView } from '../../../../shared/api/evaluationTypes.ts';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { scoreEvaluation } from '../../../../shared/scoring/score.ts';
import type { ItemResult, ScoreResult, VetoResult } from '../../../../shared/scoring/types.ts';
import type { ItemEdit } from './useEvaluation.ts';

function resultsOf(view: EvaluationView, items: ReadonlyMap<string, ItemEdit>, caseDetail: CaseDetail | null) {
  const vetoIds = new Set(view.template.vetoes.map((v) => v.id));
  const itemResults: Record<string, ItemResult> = {};
  const vetoes: Record<string, VetoResult> = {};
  for (const [id, edit] of items) {
    if (vetoIds.has(id)) {
      vetoes[id] = { hit: edit.status === 'hit' };
      continue;
    }
    if (edit.status === 'hit' || edit.status === 'clear') continue;
    itemResults[id] = {
      status: edit.status,
      ...(edit.deductions.length > 0 ? { deductions: edit.deductions } : {}),
      ...(edit.awards.length > 0 ? { awards: edit.awards } : {}),
    };
  }
  return {
    items: itemResults,
    vetoes,
    ...(caseDetail ? { case: { caseType: caseDetail.caseType, procedure: caseDetail.procedure } } : {}),
  };
}

export function liveScore(
  view: EvaluationView,
  items: ReadonlyMap<string, ItemEdit>,
  caseDetail: CaseDetail | null,
): ScoreResult {
  try {
    return scoreEvaluation(view.template, resultsOf(view, items, caseDetail));
  } catch {
    // A result the engine refuses (cannot come from this pane) falls back to the stored score.
    return view.score;
  }
}
