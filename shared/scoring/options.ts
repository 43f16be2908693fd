/**
 * The points one chosen option takes off (or, on a bonus item, adds), before the item's own
 * cap. Kept apart from the engine so that the UI can preview an option's effect.
 */
import type { DeductionOption } from '../templates/shape.ts';
import { fromNumber, min, mul, rational, type Rational } from './rational.ts';
import type { OptionChoice } from './types.ts';

export interface ChoiceAmount {
  option: DeductionOption;
  amount: Rational;
  /** per_occurrence: occurrences × points went above the option's cap. */
  cappedByOption: boolean;
  occurrences: number;
}

export function choiceAmount(option: DeductionOption, choice: OptionChoice, itemPoints: number): ChoiceAmount {
  switch (option.kind) {
    case 'fixed':
      return { option, amount: fromNumber(option.points), cappedByOption: false, occurrences: 1 };
    case 'whole':
      return { option, amount: fromNumber(itemPoints), cappedByOption: false, occurrences: 1 };
    case 'range':
      return { option, amount: fromNumber(choice.points ?? option.min), cappedByOption: false, occurrences: 1 };
    case 'per_occurrence': {
      const occurrences = choice.occurrences ?? 1;
      const raw = mul(fromNumber(option.points), rational(BigInt(occurrences)));
      if (option.cap === undefined) return { option, amount: raw, cappedByOption: false, occurrences };
      const capped = min(raw, fromNumber(option.cap));
      return { option, amount: capped, cappedByOption: capped !== raw, occurrences };
    }
  }
}
