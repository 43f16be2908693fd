/**
 * Handlers of contract operations whose store side is being written on this branch. Each
 * answers with an error naming the operation, so a UI built against the contract fails loudly.
 * This file disappears as the campaign, workflow and rectification handlers land.
 */
import { contract, type OperationName } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { HandlerMap } from './registry.ts';

const PENDING = Object.keys(contract).filter(
  (name) =>
    /^(reviewers|campaigns|rectifications):/.test(name) ||
    ['evaluations:transition', 'evaluations:review-change', 'evaluations:overturns', 'evaluations:verify'].includes(
      name,
    ),
) as OperationName[];

export const pendingHandlers = Object.fromEntries(
  PENDING.map((name) => [
    name,
    () => {
      throw new AppError('INTERNAL', { detail: `${name}: 尚未实现 / not implemented yet` });
    },
  ]),
) as unknown as Pick<
  HandlerMap,
  | 'evaluations:transition'
  | 'evaluations:review-change'
  | 'evaluations:overturns'
  | 'evaluations:verify'
  | Extract<OperationName, `reviewers:${string}` | `campaigns:${string}` | `rectifications:${string}`>
>;
