/**
 * `pingcha export`: a campaign's paperwork (通报, 整改通知书, 案卷评查表) or one case's score
 * sheet, written into a folder under their Chinese file names. Issued reports are written from
 * their frozen models; `--issue` issues what is not issued yet first (the 通报 before its
 * notices), `--preview` writes the store as it is without issuing. PDF prints with Chromium or
 * Edge, one browser for the whole command; `--compile` prints the score sheets as one PDF (汇编).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportBatchInput, type ExportBatchInput } from '../../../shared/api/ops/reports.ts';
import { REPORT_EXPORT_FORMATS, type ExportedFile } from '../../../shared/api/reportTypes.ts';
import { jsonPath } from '../../../shared/domain/bundle.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import { REPORT_KIND_LABELS, type ReportKind } from '../../../shared/reports/model.ts';
import { runExportJob } from '../../reports/exportJob.ts';
import { findCaseByNumber } from '../../store/queries/cases.ts';
import { cliApi, idArgument, listOption, todayOption } from '../apiCall.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';

const KINDS: Record<string, ReportKind[]> = {
  'score-sheets': ['case_score_sheet'],
  report: ['campaign_report'],
  notices: ['rectification_notice'],
  all: ['campaign_report', 'rectification_notice', 'case_score_sheet'],
};

/** The API's field names as this command's options, so an error names what the user typed. */
const OPTION_OF: [RegExp, string][] = [
  [/^campaignId$/, '--campaign'],
  [/^(caseId|evaluationId)$/, '--case'],
  [/^units\[\d+\]$/, '--unit'],
  [/^documentNumber$/, '--number'],
  [/^noticeNumber$/, '--notice-number'],
  [/^issuedOn$/, '--issued-on'],
  [/^formats/, '--format'],
  [/^kinds/, '--kind'],
];

function asOption(err: unknown): unknown {
  if (!isAppError(err) || err.field === undefined) return err;
  const named = OPTION_OF.find(([re]) => re.test(err.field!))?.[1];
  if (!named) return err;
  return new AppError(err.code, {
    message: err.message,
    field: named,
    ...(err.details !== undefined ? { details: err.details } : {}),
  });
}

function kindsOf(ctx: CliContext, scope: 'campaign' | 'case'): ReportKind[] {
  const given = listOption(ctx.args, 'kind');
  if (!given) return scope === 'case' ? KINDS['score-sheets']! : KINDS.report!;
  const kinds = new Set<ReportKind>();
  for (const k of given) {
    const mapped = KINDS[k];
    if (!mapped) throw new UsageError(`--kind 只能是 ${Object.keys(KINDS).join('、')} / unknown kind: ${k}`);
    mapped.forEach((m) => kinds.add(m));
  }
  if (scope === 'case' && [...kinds].some((k) => k !== 'case_score_sheet')) {
    throw new UsageError('--case 只能导出评查表（--kind score-sheets） / a case has only its score sheet');
  }
  return [...kinds];
}

function formatsOf(ctx: CliContext): ExportBatchInput['formats'] {
  const given = listOption(ctx.args, 'format');
  if (!given) throw new UsageError(`请给出 --format（${REPORT_EXPORT_FORMATS.join('|')}） / give --format`);
  for (const f of given) {
    if (!(REPORT_EXPORT_FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`--format 只能是 ${REPORT_EXPORT_FORMATS.join('、')} / unknown format: ${f}`);
    }
  }
  return [...new Set(given)] as ExportBatchInput['formats'];
}

/** A case number as printed, or the case's numeric id. */
function caseIdOf(ctx: CliContext, db: Parameters<typeof findCaseByNumber>[0], value: string): number {
  const byNumber = findCaseByNumber(db, value);
  if (byNumber !== null) return byNumber;
  if (/^\d+$/.test(value)) return Number(value);
  throw new AppError('NOT_FOUND', { detail: `案号 case number ${value}`, field: '--case' });
}

function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出评查表、评查情况通报和整改通知书 / export score sheets, the campaign report, notices',
  usage: [
    'pingcha export --campaign ID|--case N [--kind score-sheets|report|notices|all] [--unit U]...',
    '       --format pdf|docx|xlsx|json[,…] [--out DIR] [--reveal-ids] [--compile]',
    '       [--issue [--number 文号] [--notice-number 模板{n}] [--issued-on DATE] [--actor NAME] | --preview]',
    '       [--workspace DIR] [--json]',
  ].join('\n'),
  options: [
    'campaign',
    'case',
    'kind',
    'unit',
    'format',
    'out',
    'number',
    'notice-number',
    'issued-on',
    'actor',
    'today',
  ],
  flags: ['reveal-ids', 'issue', 'preview', 'compile'],
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError(`多余的参数 / unexpected: ${ctx.args.positionals[0]}`);
    const campaign = option(ctx.args, 'campaign');
    const caseValue = option(ctx.args, 'case');
    if (campaign === undefined && caseValue === undefined)
      throw new UsageError('请给出 --campaign 或 --case / give --campaign or --case');
    const issue = ctx.args.flags.has('issue');
    if (issue && ctx.args.flags.has('preview')) throw new UsageError('--issue 与 --preview 不能同时使用 / choose one');
    for (const name of ['number', 'notice-number', 'issued-on']) {
      if (!issue && option(ctx.args, name) !== undefined)
        throw new UsageError(`--${name} 只用于 --issue / only with --issue`);
    }
    const formats = formatsOf(ctx);
    const kinds = kindsOf(ctx, caseValue !== undefined ? 'case' : 'campaign');
    const out = path.resolve(option(ctx.args, 'out') ?? '.');
    const ws = await ctx.openWorkspace();
    const api = cliApi(ws, todayOption(ctx.args));
    try {
      const raw = {
        jobId: `cli-${process.pid}-${Date.now()}`,
        ...(campaign !== undefined ? { campaignId: idArgument(campaign, '--campaign') } : {}),
        ...(caseValue !== undefined ? { caseId: caseIdOf(ctx, ws.db, caseValue) } : {}),
        kinds,
        units: ctx.args.options.get('unit'),
        formats,
        mode: issue ? 'issue' : ctx.args.flags.has('preview') ? 'preview' : 'latest',
        revealIds: ctx.args.flags.has('reveal-ids'),
        compileSheets: ctx.args.flags.has('compile'),
        documentNumber: option(ctx.args, 'number'),
        noticeNumber: option(ctx.args, 'notice-number'),
        issuedOn: option(ctx.args, 'issued-on'),
        actor: option(ctx.args, 'actor') ?? 'cli',
      };
      const parsed = exportBatchInput.safeParse(raw);
      if (!parsed.success) {
        const issueAt = parsed.error.issues[0]!;
        throw new AppError('VALIDATION', {
          detail: `${jsonPath(issueAt.path)}: ${issueAt.message}`,
          field: jsonPath(issueAt.path),
        });
      }
      const written: (ExportedFile & { path: string })[] = [];
      const outcome = await runExportJob(
        {
          db: ws.db,
          today: api.ctx.today(),
          printer: api.ctx.printer,
          progress: (p) => ctx.progress(`${p.done}/${p.total} ${p.current ?? ''}`),
        },
        parsed.data,
        async (file, bytes) => {
          // Made on the first file: a refused export leaves no empty folder behind.
          await fs.promises.mkdir(out, { recursive: true });
          const target = path.join(out, file.name);
          await fs.promises.writeFile(target, bytes);
          written.push({ ...file, path: target });
        },
      );
      ctx.progress('');
      if (ctx.json) writeJson(ctx, { out, mode: parsed.data.mode, files: written, issued: outcome.issued });
      else {
        for (const r of outcome.issued) {
          ctx.io.stdout.write(
            `已签发 issued: ${REPORT_KIND_LABELS[r.kind]} ${r.documentNumber ?? r.caseNumber ?? ''} 第${r.version}版 #${r.id}\n`,
          );
        }
        ctx.io.stdout.write(
          table(
            ['文件 file', '格式', '来源 source', '大小'],
            written.map((f) => [
              f.name,
              f.format,
              f.source === 'issued' ? `已签发 第${f.version}版` : '预览（未签发）',
              sizeText(f.size),
            ]),
          ),
        );
        ctx.io.stdout.write(`已写入 ${written.length} 个文件 / wrote ${written.length} files to ${out}\n`);
      }
      return EXIT_OK;
    } catch (err) {
      throw asOption(err);
    } finally {
      await api.close();
      ws.close();
    }
  },
};
