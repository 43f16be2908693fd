/** Short constructors for rule outcomes, so rules read as their decision table. */
import type { Computation, Evidence, RuleOutcome } from '../types.ts';

interface Extra {
  evidence?: Evidence[];
  computation?: Computation;
  article?: string;
  suggestedDeduction?: number | 'whole' | null;
}

function make(status: RuleOutcome['status'], zh: string, en: string, extra: Extra): RuleOutcome {
  return { status, reasonZh: zh, reasonEn: en, ...extra };
}

export const pass = (zh: string, en: string, extra: Extra = {}) => make('pass', zh, en, extra);
export const fail = (zh: string, en: string, extra: Extra = {}) => make('fail', zh, en, extra);
export const notApplicable = (zh: string, en: string, extra: Extra = {}) => make('not_applicable', zh, en, extra);
export const unknown = (zh: string, en: string, extra: Extra = {}) => make('unknown', zh, en, extra);
