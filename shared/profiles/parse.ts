/**
 * Reading a profile from JSON (a file's text or an already parsed value). Errors name the JSON
 * path of the offending value (`hearingThresholds[0].individual`) so that a user editing the
 * file can find it.
 */
import { jsonPath } from '../domain/bundle.ts';
import { AppError } from '../errors.ts';
import { profileIssueText } from './issueText.ts';
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
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, issues: [{ path: '(root)', message: `不是有效的 JSON / not valid JSON: ${detail}` }] };
    }
  }
  // reportInput: the message says "须为数字" for a wrong value and "缺少此项" for a missing one.
  const result = profileSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    issues: result.error.issues.flatMap((issue) =>
      // A misspelt key is reported at the key itself, so the user sees which one.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            path: jsonPath([...issue.path, key]),
            message: `未知的键 / unknown key "${key}"`,
          }))
        : [{ path: jsonPath(issue.path), message: profileIssueText(issue) }],
    ),
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
