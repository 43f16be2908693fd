/**
 * zod's own messages are English ("Too small: expected number to be >=1"). A profile is edited
 * by reviewers in a form, so the common cases are said in Chinese and English ("中文 / English",
 * like every other message); the refinements the schema writes itself are bilingual already.
 */
import type { z } from 'zod';
import { ISO_DATE_MESSAGE } from '../domain/bundle.ts';

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

export function profileIssueText(issue: Issue): string {
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
      return issue.format === 'regex' ? issue.message : `格式不正确 / not a valid ${issue.format}`;
    case 'custom':
      // isoDate's message is English only; the profile's own refinements are bilingual.
      return issue.message === ISO_DATE_MESSAGE
        ? '须为 YYYY-MM-DD 格式的有效日期 / must be a date written YYYY-MM-DD'
        : issue.message;
    default:
      return issue.message;
  }
}
