/** Populations and helpers for the campaign unit tests. */
import { expect } from 'vitest';
import type { Procedure } from '../../shared/domain/bundle.ts';
import { AppError } from '../../shared/errors.ts';
import type { PopulationCase } from '../../shared/campaigns/scope.ts';

/** `counts` per unit and procedure, e.g. { 大沽街道: { general: 40, simple: 10 } }. */
export function population(counts: Record<string, Partial<Record<Procedure, number>>>): PopulationCase[] {
  const out: PopulationCase[] = [];
  let id = 1;
  for (const [unit, perProcedure] of Object.entries(counts)) {
    for (const [procedure, n] of Object.entries(perProcedure) as [Procedure, number][]) {
      for (let i = 1; i <= n; i++) {
        out.push({
          caseId: id,
          caseNumber: `津滨${unit.slice(0, 2)}执罚〔2025〕${procedure === 'simple' ? 'J' : ''}${String(i).padStart(3, '0')}号`,
          unit,
          caseType: 'penalty',
          procedure,
          caseDate: '2025-08-01',
        });
        id += 1;
      }
    }
  }
  return out;
}

/** Runs `fn`, expects an AppError, returns it for the field and code assertions. */
export function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  expect.fail('expected an AppError');
}
