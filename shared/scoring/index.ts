/** Public surface of the scoring engine; import from here rather than the parts. */
export * from './types.ts';
export { scoreEvaluation } from './score.ts';
export { formatExplanation, formatPoints } from './explain.ts';
export { assertValidResults, resultIssues, type ResultIssue } from './validateResults.ts';
export { choiceAmount, type ChoiceAmount } from './options.ts';
export {
  answersJsonSchema,
  answersSchema,
  answersTemplateMismatch,
  answersToResults,
  parseAnswers,
  type Answers,
  type ParseAnswersResult,
} from './answers.ts';
export { formatRational, type Rational } from './rational.ts';
