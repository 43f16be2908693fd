/**
 * What a reviewer reads when a standard or profile file is refused: a JSON syntax error at its
 * line and column, and zod's English said in Chinese and English at the JSON path to fix.
 */
import { describe, expect, it } from 'vitest';
import { invalidJsonMessage } from '../../shared/domain/issueText.ts';
import { parseTemplate } from '../../shared/templates/parse.ts';

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (err) {
    return err;
  }
  throw new Error(`${text} parsed`);
}

describe('invalidJsonMessage', () => {
  it('names the line and column of a syntax error', () => {
    const text = '{\n  "format": "pingcha-template/1",\n  "id": "x",,\n}';
    const message = invalidJsonMessage(text, parseError(text));
    expect(message).toMatch(/^不是有效的 JSON：第 3 行第 \d+ 列有误 \/ not valid JSON at line 3, column \d+: /);
  });

  it('names the end of a file that stops short', () => {
    const text = '{\n  "format": ';
    expect(invalidJsonMessage(text, parseError(text))).toContain('第 2 行第 13 列');
  });
});

describe('template errors in Chinese and English', () => {
  it('says each shape error in both languages at its JSON path', () => {
    const errors = parseTemplate({
      format: 'pingcha-template/1',
      id: '9lives',
      version: 'one',
      name: '',
      applicability: { caseTypes: ['penalty'] },
      totalPoints: 100,
      categories: [{ id: 'A', name: 'A', points: 100, itemz: [] }],
      grades: { tiers: [{ id: 'pass', name: '合格', min: 'sixty' }] },
    });
    expect(errors.ok).toBe(false);
    if (errors.ok) return;
    const at = (path: string) => errors.errors.find((e) => e.path === path)?.message;
    expect(at('id')).toBe(
      '须以字母开头，只用字母、数字和 _ . - / must start with a letter and use only letters, digits, _ . -',
    );
    expect(at('version')).toMatch(/^须写作 1\.0 或 1\.2\.3/);
    expect(at('name')).toBe('不能为空 / must not be empty');
    expect(at('categories[0].itemz')).toBe('未知的键 / unknown key "itemz"');
    expect(at('grades.tiers[0].min')).toBe('须为数字 / must be a number');
    for (const e of errors.errors) expect(e.message).toMatch(/[\u4e00-\u9fff].* \/ /);
  });
});
