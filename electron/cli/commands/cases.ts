/** `pingcha cases`, `pingcha show CASE_NUMBER` and `pingcha search QUERY`. */
import { DOCUMENT_TYPE_INFO } from '../../../shared/domain/documentTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { findCaseByNumber, getCase, listCases } from '../../store/queries/cases.ts';
import { searchPages } from '../../store/queries/search.ts';
import { intOption, option, UsageError } from '../args.ts';
import { EXIT_OK, writeJson, type CliCommand } from '../context.ts';
import { table } from '../format.ts';

export const casesCommand: CliCommand = {
  name: 'cases',
  summary: '列出案卷 / list cases',
  usage:
    'pingcha cases [--unit U] [--type penalty|inspection|enforcement] [--procedure general|simple] [--from DATE] [--to DATE] [--limit N] [--offset N] [--workspace DIR] [--json]',
  options: ['unit', 'type', 'procedure', 'from', 'to', 'limit', 'offset', 'text'],
  async run(ctx) {
    const ws = await ctx.openWorkspace();
    try {
      const caseType = option(ctx.args, 'type');
      const procedure = option(ctx.args, 'procedure');
      const result = listCases(ws.db, {
        unit: option(ctx.args, 'unit'),
        caseType: caseType as never,
        procedure: procedure as never,
        dateFrom: option(ctx.args, 'from'),
        dateTo: option(ctx.args, 'to'),
        text: option(ctx.args, 'text'),
        limit: intOption(ctx.args, 'limit', 1000),
        offset: intOption(ctx.args, 'offset', 0),
      });
      if (ctx.json) writeJson(ctx, result);
      else {
        ctx.io.stdout.write(
          table(
            ['案号 case', '类型', '程序', '单位 unit', '当事人 party', '罚款', '日期 date', '文书', '页'],
            result.rows.map((r) => [
              r.caseNumber,
              r.caseType,
              r.procedure ?? '',
              r.unit ?? '',
              r.partyName ?? '',
              r.fineYuan ?? '',
              r.caseDate ?? '',
              r.documentCount,
              r.pageCount,
            ]),
            [5, 7, 8],
          ),
        );
        ctx.io.stdout.write(`共 ${result.total} 件 / ${result.total} cases\n`);
      }
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  summary: '显示一件案卷及其文书 / show one case and its documents',
  usage: 'pingcha show CASE_NUMBER [--workspace DIR] [--json]',
  async run(ctx) {
    const caseNumber = ctx.args.positionals[0];
    if (!caseNumber) throw new UsageError('请给出案号 / give a CASE_NUMBER');
    const ws = await ctx.openWorkspace();
    try {
      const id = findCaseByNumber(ws.db, caseNumber);
      if (id === null) throw new AppError('NOT_FOUND', { detail: caseNumber, field: 'caseNumber' });
      const detail = getCase(ws.db, id);
      if (ctx.json) writeJson(ctx, detail);
      else {
        const d = detail.data;
        const lines = [
          `案号 ${d.caseNumber}（版本 ${detail.version}）`,
          `类型 ${d.caseType}${d.procedure ? ` / ${d.procedure}` : ''}   执法主体 ${d.agency ?? '—'}   承办 ${d.unit ?? '—'}`,
          `案由 ${d.cause ?? '—'}`,
          `当事人 ${d.party?.name ?? '—'}（${d.party?.type ?? '—'}）   罚款 ${d.penalty?.fineYuan ?? '—'} 元`,
          `执法人员 ${d.officers.map((o) => `${o.name} ${o.certificateNo ?? ''}`).join('、') || '—'}`,
          `日期 ${Object.entries(d.dates)
            .filter(([, v]) => v)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`,
          `来源 ${detail.bundleLocation}`,
          '',
        ];
        ctx.io.stdout.write(lines.join('\n') + '\n');
        ctx.io.stdout.write(
          table(
            ['#', '类型 type', '标题 title', '文件 file', '页', '日期'],
            detail.documents.map((doc) => [
              doc.seq,
              DOCUMENT_TYPE_INFO[doc.type].zh,
              doc.title ?? '',
              doc.fileName,
              doc.pageCount ?? '',
              doc.date ?? '',
            ]),
            [0, 4],
          ),
        );
        for (const w of detail.warnings) ctx.io.stdout.write(`提示 ${w}\n`);
      }
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};

export const searchCommand: CliCommand = {
  name: 'search',
  summary: '全文检索文书内容 / full-text search of document text',
  usage: 'pingcha search QUERY [--limit N] [--workspace DIR] [--json]',
  options: ['limit'],
  async run(ctx) {
    const query = ctx.args.positionals.join(' ').trim();
    if (!query) throw new UsageError('请给出检索词 / give a QUERY');
    const ws = await ctx.openWorkspace();
    try {
      const result = searchPages(ws.db, query, intOption(ctx.args, 'limit', 100));
      if (ctx.json) writeJson(ctx, result);
      else {
        ctx.io.stdout.write(
          table(
            ['案号 case', '文书 document', '页 page', '摘录 excerpt'],
            result.hits.map((h) => [
              h.caseNumber,
              h.documentTitle ?? DOCUMENT_TYPE_INFO[h.documentType].zh,
              h.pageNo,
              `${h.snippet.before}【${h.snippet.hit}】${h.snippet.after}`,
            ]),
            [2],
          ),
        );
        ctx.io.stdout.write(`命中 ${result.count}${result.more ? '+' : ''} 页 / pages\n`);
      }
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};
