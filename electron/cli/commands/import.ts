/** `pingcha import PATH...`: import bundles (folders, .zip files, batches) into the workspace. */
import type { ImportIssue, ImportSummary } from '../../../shared/api/types.ts';
import { importPaths } from '../../import/importer.ts';
import { option } from '../args.ts';
import { UsageError } from '../args.ts';
import { EXIT_OK, EXIT_PARTIAL, writeJson, type CliCommand } from '../context.ts';
import { table } from '../format.ts';

function issueRows(issues: ImportIssue[]): string[][] {
  return issues.map((i) => [i.location, i.error.code, i.error.field ?? '', i.error.message]);
}

export function printSummary(out: NodeJS.WritableStream, s: ImportSummary): void {
  out.write(
    `导入 imported: ${s.imported.length}  重复 duplicates: ${s.duplicates.length}  冲突 conflicts: ${s.conflicts.length}  ` +
      `失败 failures: ${s.failures.length}  页 pages: ${s.pages}  用时 ${s.seconds.toFixed(1)} s\n`,
  );
  if (s.imported.length > 0) {
    out.write('\n');
    out.write(
      table(
        ['案号 case', '版本', '文书', '页', '来源 location'],
        s.imported.map((c) => [c.caseNumber, c.version, c.documents, c.pages, c.location]),
        [1, 2, 3],
      ),
    );
  }
  for (const [title, list] of [
    ['重复 duplicates', s.duplicates],
    ['冲突 conflicts', s.conflicts],
    ['失败 failures', s.failures],
  ] as const) {
    if (list.length === 0) continue;
    out.write(`\n${title}\n`);
    out.write(table(['来源 location', '代码 code', '字段 field', '说明 message'], issueRows(list)));
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: '导入案卷包（文件夹、.zip 或批量文件夹） / import case-file bundles',
  usage: 'pingcha import PATH... [--on-conflict skip|replace|version] [--workspace DIR] [--json]',
  options: ['on-conflict'],
  async run(ctx) {
    const paths = ctx.args.positionals;
    if (paths.length === 0) throw new UsageError('请给出至少一个路径 / give at least one PATH');
    const policy = option(ctx.args, 'on-conflict') ?? 'skip';
    if (policy !== 'skip' && policy !== 'replace' && policy !== 'version') {
      throw new UsageError(`--on-conflict 只能是 skip、replace 或 version / must be skip, replace or version`);
    }
    const ws = await ctx.openWorkspace();
    try {
      const summary = await importPaths(ws, paths, {
        onConflict: policy,
        onProgress: (p) => ctx.progress(`${p.phase} ${p.done}/${p.total} ${p.current ?? ''}`),
      });
      ctx.progress('');
      if (ctx.json) writeJson(ctx, summary);
      else printSummary(ctx.io.stdout, summary);
      return summary.failures.length > 0 ? EXIT_PARTIAL : EXIT_OK;
    } finally {
      ws.close();
    }
  },
};
