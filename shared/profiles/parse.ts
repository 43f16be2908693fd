/**
 * Reading a profile from JSON (a file's text or an already parsed value). Errors name the JSON
 * path of the offending value (`hearingThresholds[0].individual`) so that a user editing the
 * file can find it.
 */
import { invalidJsonMessage, pathIssues } from '../domain/issueText.ts';
import { AppError } from '../errors.ts';
import { profileSchema } from './schema.ts';
import type { Profile } from './schema.ts';

export interface ProfileIssue {
  /** JSON path, e.g. `statementPeriodWorkingDays.value`, or `(root)`. */
  path: string;
  message: string;
}

export type ProfileParseResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

/** Parses a profile; a string is read as JSON text first. Never throws. */
export function safeParseProfile(input: unknown): ProfileParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      return { ok: false, issues: [{ path: '(root)', message: invalidJsonMessage(input, err) }] };
    }
  }
  // reportInput: the message says "须为数字" for a wrong value and "缺少此项" for a missing one.
  const result = profileSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    // A misspelt key is reported at the key itself, so the user sees which one.
    issues: pathIssues(result.error.issues),
  };
}

/** Parses a profile or throws AppError VALIDATION naming the file and the first bad JSON path. */
export function parseProfile(input: unknown, file?: string): Profile {
  const result = safeParseProfile(input);
  if (result.ok) return result.profile;
  const first = result.issues[0] ?? { path: '(root)', message: '' };
  const detail = `地区配置 ${first.path}：${first.message}`;
  throw new AppError('VALIDATION', {
    detail,
    field: first.path,
    details: result.issues,
    ...(file === undefined ? {} : { file }),
  });
}
