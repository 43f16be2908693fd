/**
 * `pingcha template validate FILE` (every error with its JSON path; exit 1 when invalid),
 * `pingcha template import FILE` (into the workspace) and `pingcha templates` (the list).
 */
import fs from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import { canonicalTemplateJson, type TemplateIssue } from '../../../shared/templates/index.ts';
import { importTemplateText, listTemplates, parseTemplateText, sha256Text } from '../../store/queries/templates.ts';
import { UsageError } from '../args.ts';
import { EXIT_OK, EXIT_PARTIAL, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';

export function readTextFile(file: string, field: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('IO', { detail: file, file, field, details: String(err) });
  }
}

export function printIssues(ctx: CliContext, file: string, issues: readonly TemplateIssue[]): void {
  for (const issue of issues) ctx.io.stderr.write(`${file}: ${issue.path}: ${issue.message}\n`);
}

function validate(ctx: CliContext, file: string): number {
  const result = parseTemplateText(readTextFile(file, 'FILE'));
  if (!result.ok) {
    if (ctx.json) writeJson(ctx, { ok: false, file, errors: result.errors });
    else {
      printIssues(ctx, file, result.errors);
      ctx.io.stderr.write(`无效：${result.errors.length} 处错误 / invalid: ${result.errors.length} error(s)\n`);
    }
    return EXIT_PARTIAL;
  }
  const t = result.template;
  const summary = {
    templateId: t.id,
    version: t.version,
    name: t.name,
    contentHash: sha256Text(canonicalTemplateJson(t)),
  };
  if (ctx.json) writeJson(ctx, { ok: true, file, template: summary, errors: [] });
  else
    ctx.io.stdout.write(`有效 valid: ${t.id}@${t.version} ${t.name}\n内容哈希 content hash: ${summary.contentHash}\n`);
  return EXIT_OK;
}

export const templateCommand: CliCommand = {
  name: 'template',
  summary: '校验或导入评查标准模板 / validate or import a checklist template',
  usage: 'pingcha template validate FILE [--json] | pingcha template import FILE [--workspace DIR] [--json]',
  async run(ctx) {
    const [action, file, ...extra] = ctx.args.positionals;
    if ((action !== 'validate' && action !== 'import') || !file || extra.length > 0) {
      throw new UsageError('请给出 validate FILE 或 import FILE / give validate FILE or import FILE');
    }
    if (action === 'validate') return validate(ctx, file);
    const text = readTextFile(file, 'FILE');
    const parsed = parseTemplateText(text);
    if (!parsed.ok) {
      if (ctx.json) writeJson(ctx, { ok: false, file, errors: parsed.errors });
      else printIssues(ctx, file, parsed.errors);
      return EXIT_PARTIAL;
    }
    const ws = await ctx.openWorkspace();
    try {
      const result = importTemplateText(ws.db, text, 'cli');
      if (ctx.json) writeJson(ctx, { ok: true, file, ...result });
      else
        ctx.io.stdout.write(
          `${result.created ? '已导入 imported' : '已存在 already present'}: ${result.summary.templateId}@${result.summary.version} ${result.summary.name}\n`,
        );
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};

export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: '列出工作区中的评查标准 / list the checklist templates in the workspace',
  usage: 'pingcha templates [--workspace DIR] [--json]',
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError('templates 不带参数 / takes no arguments');
    const ws = await ctx.openWorkspace();
    try {
      const list = listTemplates(ws.db);
      if (ctx.json) writeJson(ctx, { templates: list });
      else
        ctx.io.stdout.write(
          table(
            ['标准 template', '版本', '名称 name', '适用 applies to', '项', '否决', '来源', '已评查'],
            list.map((t) => [
              t.templateId,
              t.version,
              t.name,
              `${t.caseTypes.join('/')}${t.procedures ? ` ${t.procedures.join('/')}` : ''}`,
              t.itemCount,
              t.vetoCount,
              t.source,
              t.evaluationCount,
            ]),
            [4, 5, 7],
          ),
        );
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};
