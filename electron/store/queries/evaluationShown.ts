/**
 * The score a list shows for an evaluation (alias `e`). A new evaluation stores its first score
 * (full marks, no deduction confirmed yet) so that scoring starts from it, but until the reviewer
 * has started it is no result: lists show no total and no grade, and a grade filter skips it.
 */
export const SHOWN_TOTAL = "CASE WHEN e.status = 'not_started' THEN NULL ELSE e.total END";
export const SHOWN_GRADE = "CASE WHEN e.status = 'not_started' THEN NULL ELSE e.grade END";
