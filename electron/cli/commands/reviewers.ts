/**
 * `pingcha reviewers` (list), `reviewers add`, `reviewers remove NAME|ID` and
 * `reviewers import FILE.csv`: the reviewer pool (评查人员库). The CSV is what an office keeps
 * in Excel — 姓名, 类别 (执法单位 / 法制机构 / 外聘, or unit / legal_office / external), 所在单位,
 * 职务 — in GBK or UTF-8; it is checked whole before anything is saved, and every error names
 * the file, the line and the column.
 */
import fs from 'node:fs';
import type { ReviewerAffiliation, ReviewerView } from '../../../shared/api/campaignTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { decodeCsvBytes, parseCsv } from '../../import/csvText.ts';
import { saveReviewer, reviewerByName } from '../../store/queries/reviewers.ts';
import { cliApi, todayOption } from '../apiCall.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, EXIT_PARTIAL, reportError, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';
import { reviewerSaveInput } from '../../../shared/api/ops/campaigns.ts';

const AFFILIATIONS: Record<string, ReviewerAffiliation> = {
  unit: 'unit',
  执法单位: 'unit',
  单位: 'unit',
  legal_office: 'legal_office',
  法制机构: 'legal_office',
  司法局: 'legal_office',
  external: 'external',
  外聘: 'external',
  律师: 'external',
  专家: 'external',
};

const HEADERS: Record<string, 'name' | 'affiliation' | 'unit' | 'title'> = {
  姓名: 'name',
  name: 'name',
  类别: 'affiliation',
  affiliation: 'affiliation',
  所在单位: 'unit',
  单位: 'unit',
  unit: 'unit',
  职务: 'title',
  title: 'title',
};

function affiliationOf(value: string | undefined, field: string, file?: string): ReviewerAffiliation {
  const found = value === undefined ? undefined : AFFILIATIONS[value.trim()];
  if (!found) {
    throw new AppError('VALIDATION', {
      detail: `类别「${value ?? ''}」应为 执法单位、法制机构 或 外聘（unit / legal_office / external）`,
      field,
      ...(file ? { file } : {}),
    });
  }
  return found;
}

const labels: Record<ReviewerAffiliation, string> = { unit: '执法单位', legal_office: '法制机构', external: '外聘' };

function printList(ctx: CliContext, list: readonly ReviewerView[]): void {
  ctx.io.stdout.write(
    table(
      ['编号', '姓名 name', '类别', '所在单位 unit', '职务 title', '在册', '已分配', '已定稿'],
      list.map((r) => [
        r.id,
        r.name,
        labels[r.affiliation],
        r.unit ?? '',
        r.title ?? '',
        r.active ? '✓' : '停用',
        r.assigned,
        r.finalized,
      ]),
      [0, 6, 7],
    ),
  );
}

interface CsvReviewer {
  line: number;
  name: string;
  affiliation: ReviewerAffiliation;
  unit: string | null;
  title: string | null;
}

/** Reads and checks the whole file; the first bad cell stops it with file, line and column. */
export function readReviewerCsv(file: string): CsvReviewer[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new AppError('IO', { detail: file, file, field: 'FILE', details: String(err) });
  }
  const rows = parseCsv(decodeCsvBytes(bytes)).filter((r) => r.cells.some((c) => c.trim()));
  const header = rows.shift();
  const columns = (header?.cells ?? []).map((c) => HEADERS[c.trim().toLowerCase()] ?? HEADERS[c.trim()]);
  if (!columns.includes('name') || !columns.includes('affiliation')) {
    throw new AppError('VALIDATION', {
      detail: `${file}：首行应为表头，至少含「姓名」和「类别」两列 / the first row must name the columns`,
      file,
      field: 'line 1',
    });
  }
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const cell = (key: string) => {
      const i = columns.indexOf(key as never);
      return i >= 0 ? row.cells[i]?.trim() || undefined : undefined;
    };
    const at = (column: string) => `line ${row.line}.${column}`;
    const affiliation = affiliationOf(cell('affiliation'), at('类别'), file);
    const candidate = {
      name: cell('name') ?? '',
      affiliation,
      unit: affiliation === 'unit' ? cell('unit') : null,
      title: cell('title') ?? null,
    };
    const parsed = reviewerSaveInput.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column =
        { name: '姓名', unit: '所在单位', title: '职务', affiliation: '类别' }[String(issue.path[0])] ??
        String(issue.path[0]);
      throw new AppError('VALIDATION', {
        detail: `${file} 第 ${row.line} 行「${column}」：${issue.message}`,
        file,
        field: at(column),
      });
    }
    const earlier = seen.get(candidate.name);
    if (earlier !== undefined) {
      throw new AppError('VALIDATION', {
        detail: `${file} 第 ${row.line} 行：姓名「${candidate.name}」与第 ${earlier} 行重复`,
        file,
        field: at('姓名'),
      });
    }
    seen.set(candidate.name, row.line);
    return { line: row.line, name: candidate.name, affiliation, unit: candidate.unit ?? null, title: candidate.title };
  });
}

export const reviewersCommand: CliCommand = {
  name: 'reviewers',
  summary: '评查人员：列出、添加、停用、从 CSV 导入 / the reviewer pool: list, add, remove, import CSV',
  usage: [
    'pingcha reviewers [--all]',
    '       pingcha reviewers add --name N --affiliation unit|legal_office|external [--unit U] [--title T]',
    '       pingcha reviewers remove NAME|ID',
    '       pingcha reviewers import FILE.csv   (列 columns: 姓名, 类别, 所在单位, 职务)',
    '       (all: [--actor NAME] [--workspace DIR] [--json])',
  ].join('\n'),
  options: ['name', 'affiliation', 'unit', 'title', 'actor'],
  flags: ['all'],
  async run(ctx) {
    const [action, arg, ...extra] = ctx.args.positionals;
    if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra[0]}`);
    if (action !== undefined && !['add', 'remove', 'import', 'list'].includes(action)) {
      throw new UsageError(`未知子命令 / unknown subcommand: ${action}`);
    }
    if ((action === 'remove' || action === 'import') && !arg)
      throw new UsageError(`请给出 ${action === 'remove' ? 'NAME|ID' : 'FILE'}`);
    const actor = option(ctx.args, 'actor') ?? 'cli';
    const rows = action === 'import' ? readReviewerCsvOrReport(ctx, arg!) : null;
    if (rows === 'failed') return EXIT_PARTIAL;
    const ws = await ctx.openWorkspace();
    try {
      const api = cliApi(ws, todayOption(ctx.args));
      if (action === 'add') {
        const affiliation = option(ctx.args, 'affiliation');
        const saved = await api.call('reviewers:save', {
          name: option(ctx.args, 'name'),
          affiliation: affiliation === undefined ? undefined : affiliationOf(affiliation, 'affiliation'),
          unit: option(ctx.args, 'unit'),
          title: option(ctx.args, 'title'),
          actor,
        });
        if (ctx.json) writeJson(ctx, saved);
        else printList(ctx, [saved]);
        return EXIT_OK;
      }
      if (action === 'remove') {
        const id = /^\d+$/.test(arg!) ? Number(arg) : reviewerByName(ws.db, arg!)?.id;
        if (id === undefined) throw new AppError('NOT_FOUND', { detail: `评查人员 ${arg}`, field: 'NAME|ID' });
        const result = await api.call('reviewers:remove', { id, actor });
        if (ctx.json) writeJson(ctx, result);
        else
          ctx.io.stdout.write(
            result.outcome === 'deleted' ? `已删除 deleted #${id}\n` : `已停用（保留评查记录） deactivated #${id}\n`,
          );
        return EXIT_OK;
      }
      if (rows) {
        // One transaction: a file is imported whole or not at all. Existing names are updated.
        const saved = ws.db.transaction(() =>
          rows.map((r) => {
            try {
              return saveReviewer(ws.db, { ...r, id: reviewerByName(ws.db, r.name)?.id }, actor);
            } catch (err) {
              if (err instanceof AppError) {
                throw new AppError(err.code, {
                  message: err.message,
                  file: arg!,
                  field: `line ${r.line}.${err.field ?? 'name'}`,
                });
              }
              throw err;
            }
          }),
        )();
        if (ctx.json) writeJson(ctx, { ok: true, file: arg, reviewers: saved });
        else {
          ctx.io.stdout.write(`已导入 imported ${saved.length} 人 from ${arg}\n`);
          printList(ctx, saved);
        }
        return EXIT_OK;
      }
      const list = await api.call('reviewers:list', { includeInactive: ctx.args.flags.has('all') });
      if (ctx.json) writeJson(ctx, { reviewers: list });
      else printList(ctx, list);
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};

/** A bad file is an input that failed (exit 1), reported with the file and the line. */
function readReviewerCsvOrReport(ctx: CliContext, file: string): CsvReviewer[] | 'failed' {
  try {
    return readReviewerCsv(file);
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'INTERNAL') throw err;
    reportError(ctx, err);
    return 'failed';
  }
}
