/**
 * `pingcha score --template FILE --answers FILE`: scores an answers file (format:
 * shared/scoring/answers.ts, schema resources/checklists/answers.schema.json) with the same
 * engine the app uses, and prints total, categories, grade and the step-by-step explanation.
 * Exit 1 when the template, the answers or their combination is invalid, with JSON paths.
 */
import {
  answersTemplateMismatch,
  answersToResults,
  formatExplanation,
  formatPoints,
  parseAnswers,
  resultIssues,
  scoreEvaluation,
  type CategoryScore,
} from '../../../shared/scoring/index.ts';
import { parseTemplateText } from '../../store/queries/templates.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, EXIT_PARTIAL, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';
import { printIssues, readTextFile } from './template.ts';

interface Problem {
  file: string;
  path: string;
  message: string;
}

function fail(ctx: CliContext, problems: Problem[]): number {
  if (ctx.json) writeJson(ctx, { ok: false, errors: problems });
  else for (const p of problems) printIssues(ctx, p.file, [p]);
  return EXIT_PARTIAL;
}

function categoryRows(categories: readonly CategoryScore[], depth = 0): (string | number)[][] {
  return categories.flatMap((c) => [
    [
      `${'  '.repeat(depth)}${c.id} ${c.name}`,
      formatPoints(c.points),
      formatPoints(c.earned),
      c.scaled ? `${formatPoints(c.scaled.earned)}/${formatPoints(c.scaled.to)}` : '',
    ],
    ...categoryRows(c.categories, depth + 1),
  ]);
}

function parseJsonFile(file: string, field: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const text = readTextFile(file, field);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = `不是有效的 JSON / not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, problem: { file, path: '(root)', message } };
  }
}

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: '按评查标准为一份评查结果计分并说明 / score an answers file against a template',
  usage: 'pingcha score --template FILE --answers FILE [--lang zh|en] [--json]',
  options: ['template', 'answers', 'lang'],
  async run(ctx) {
    const templateFile = option(ctx.args, 'template');
    const answersFile = option(ctx.args, 'answers');
    const lang = option(ctx.args, 'lang') ?? 'zh';
    if (!templateFile || !answersFile)
      throw new UsageError('需要 --template 和 --answers / give --template and --answers');
    if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang 只能是 zh 或 en / must be zh or en');
    if (ctx.args.positionals.length > 0) throw new UsageError(`多余的参数 / unexpected: ${ctx.args.positionals[0]}`);

    const template = parseTemplateText(readTextFile(templateFile, 'template'));
    if (!template.ok)
      return fail(
        ctx,
        template.errors.map((e) => ({ file: templateFile, ...e })),
      );
    const json = parseJsonFile(answersFile, 'answers');
    if (!json.ok) return fail(ctx, [json.problem]);
    const answers = parseAnswers(json.value);
    if (!answers.ok)
      return fail(
        ctx,
        answers.errors.map((e) => ({ file: answersFile, ...e })),
      );
    const mismatch = answersTemplateMismatch(answers.answers, template.template);
    if (mismatch) return fail(ctx, [{ file: answersFile, path: 'template', message: mismatch }]);
    const results = answersToResults(answers.answers);
    const issues = resultIssues(template.template, results);
    if (issues.length > 0)
      return fail(
        ctx,
        issues.map((i) => ({ file: answersFile, path: i.path, message: i.message })),
      );

    const score = scoreEvaluation(template.template, results);
    if (ctx.json) {
      writeJson(ctx, { ok: true, ...score, explanationText: formatExplanation(score, lang) });
      return EXIT_OK;
    }
    const out = ctx.io.stdout;
    out.write(`${template.template.name}（${template.template.id}@${template.template.version}）\n\n`);
    out.write(table(['类别 category', '分值', '得分', '折算'], categoryRows(score.categories), [1, 2, 3]));
    if (score.bonus) out.write(`加分 bonus: ${formatPoints(score.bonus.earned)} / ${formatPoints(score.bonus.cap)}\n`);
    for (const hit of score.vetoHits) out.write(`否决 veto: ${hit.id} ${hit.name}（${hit.effect.type}）\n`);
    out.write(
      `\n总分 total: ${score.total === null ? '—（不予计分 not scored）' : formatPoints(score.total)} / ${formatPoints(score.maxTotal)}\n`,
    );
    out.write(`等级 grade: ${score.grade?.name ?? '—'}${score.complete ? '' : '（未评完 incomplete）'}\n\n`);
    out.write(`${formatExplanation(score, lang)}\n`);
    return EXIT_OK;
  },
};
