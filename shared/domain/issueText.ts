/**
 * zod's own messages are English ("Too small: expected number to be >=1"). Profiles and
 * standards are checked for reviewers, so the common cases are said in Chinese and English
 * ("中文 / English", like every other message); the messages the schemas write themselves are
 * bilingual already. Also: a JSON syntax error said with its line and column.
 */
import type { z } from 'zod';
import { ISO_DATE_MESSAGE, jsonPath } from './bundle.ts';

type Issue = z.core.$ZodIssue;

const KIND_ZH: Record<string, string> = {
  number: '数字',
  string: '文字',
  boolean: '是或否',
  array: '列表',
  object: '对象',
};

function bound(origin: string, limit: number | bigint, inclusive: boolean, small: boolean): string {
  const value = String(limit);
  switch (origin) {
    case 'string':
      if (!small) return `至多 ${value} 个字符 / at most ${value} characters`;
      return value === '1' ? '不能为空 / must not be empty' : `至少 ${value} 个字符 / at least ${value} characters`;
    case 'array':
    case 'set':
      return small ? `至少 ${value} 项 / at least ${value} entries` : `至多 ${value} 项 / at most ${value} entries`;
    default:
      if (small) {
        return inclusive
          ? `须不小于 ${value} / must be at least ${value}`
          : `须大于 ${value} / must be more than ${value}`;
      }
      return inclusive
        ? `须不大于 ${value} / must be at most ${value}`
        : `须小于 ${value} / must be less than ${value}`;
  }
}

/** A message the schema wrote itself, already "中文 / English". */
const bilingual = (message: string): boolean => /[\u4e00-\u9fff]/.test(message) && message.includes(' / ');

export function issueText(issue: Issue): string {
  if (bilingual(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项 / required';
      if (issue.expected === 'int') return '须为整数 / must be a whole number';
      return `须为${KIND_ZH[issue.expected] ?? issue.expected} / must be a ${issue.expected}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive !== false, true);
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive !== false, false);
    case 'invalid_value':
      return `须为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一 / must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `格式不正确 / ${issue.message}` : `格式不正确 / not a valid ${issue.format}`;
    case 'custom':
      // isoDate's message is English only (bundle errors are English).
      return issue.message === ISO_DATE_MESSAGE
        ? '须为 YYYY-MM-DD 格式的有效日期 / must be a date written YYYY-MM-DD'
        : issue.message;
    case 'invalid_union':
      return '不符合任何一种允许的写法 / matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/** zod's issues as JSON paths and messages; a misspelt key is reported at the key itself. */
export function pathIssues(issues: readonly Issue[]): { path: string; message: string }[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: jsonPath([...issue.path, key]),
          message: `未知的键 / unknown key "${key}"`,
        }))
      : [{ path: jsonPath(issue.path), message: issueText(issue) }],
  );
}

/**
 * JSON.parse's complaint, with the line and column it points at (V8 says "at position N"; the
 * end of the text when the file stops short), so the file can be fixed where it is wrong.
 */
export function invalidJsonMessage(text: string, err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  const at = /at position (\d+)/.exec(detail);
  const offset = at ? Number(at[1]) : /end of (JSON )?input|Unterminated/i.test(detail) ? text.length : null;
  if (offset === null) return `不是有效的 JSON / not valid JSON: ${detail}`;
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return `不是有效的 JSON：第 ${line} 行第 ${column} 列有误 / not valid JSON at line ${line}, column ${column}: ${detail}`;
}
