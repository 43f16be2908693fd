/**
 * `pingcha campaign …`: a legal office's campaign work from the command line — create, list,
 * show, preview, draw (printing the 抽样记录), record, reset, assign, status, cases, stats.
 * Every subcommand calls the API's handlers; `--json` prints the operation's result.
 */
import type { CampaignCasesResult } from '../../../shared/api/campaignTypes.ts';
import { parseDrawRule } from '../../../shared/campaigns/scope.ts';
import { STATUS_LABELS } from '../../../shared/campaigns/status.ts';
import { AppError } from '../../../shared/errors.ts';
import { cliApi, idArgument, listOption, numberOption, todayOption, type CliApi } from '../apiCall.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';
import {
  campaignLine,
  campaignText,
  drawRecordText,
  procedureLabel,
  progressText,
  statsText,
} from '../campaignText.ts';

const SUBCOMMANDS = [
  'create',
  'list',
  'show',
  'preview',
  'draw',
  'record',
  'reset',
  'assign',
  'status',
  'cases',
  'stats',
];

const actorOf = (ctx: CliContext) => option(ctx.args, 'actor') ?? 'cli';

function previousOption(ctx: CliContext): number | null | 'auto' | undefined {
  const value = option(ctx.args, 'previous');
  if (value === undefined || value === 'auto') return value;
  if (value === 'none') return null;
  return idArgument(value, '--previous');
}

function settingsFromOptions(ctx: CliContext) {
  const from = option(ctx.args, 'from');
  const to = option(ctx.args, 'to');
  const units = listOption(ctx.args, 'units');
  const caseTypes = listOption(ctx.args, 'types');
  const procedures = listOption(ctx.args, 'procedures');
  const rule = option(ctx.args, 'rule');
  const scope =
    units || caseTypes || procedures
      ? { ...(units ? { units } : {}), ...(caseTypes ? { caseTypes } : {}), ...(procedures ? { procedures } : {}) }
      : undefined;
  return {
    title: option(ctx.args, 'title'),
    organiser: option(ctx.args, 'organiser'),
    period: from !== undefined || to !== undefined ? { from, to } : undefined,
    scope,
    rule: rule === undefined ? undefined : parseDrawRule(rule),
    seed: option(ctx.args, 'seed'),
    rectificationDays: numberOption(ctx.args, 'days'),
    notes: option(ctx.args, 'notes'),
  };
}

async function create(ctx: CliContext, api: CliApi): Promise<number> {
  const s = settingsFromOptions(ctx);
  if (!s.title || !s.period) throw new UsageError('请给出 --title、--from 和 --to / give --title, --from and --to');
  const previous = previousOption(ctx);
  const created = await api.call('campaigns:create', {
    ...s,
    scope: s.scope ?? {},
    rule: s.rule ?? { kind: 'all' },
    ...(previous !== undefined && previous !== 'auto' ? { previousCampaignId: previous } : {}),
    actor: actorOf(ctx),
  });
  if (ctx.json) writeJson(ctx, created);
  else ctx.io.stdout.write(`已创建 created\n${campaignText(created)}`);
  return EXIT_OK;
}

async function update(ctx: CliContext, api: CliApi, campaignId: number): Promise<number> {
  const s = settingsFromOptions(ctx);
  const previous = previousOption(ctx);
  const input = Object.fromEntries(
    Object.entries({ ...s, previousCampaignId: previous }).filter(([, v]) => v !== undefined),
  );
  const summary =
    Object.keys(input).length === 0
      ? await api.call('campaigns:get', { campaignId })
      : await api.call('campaigns:update', { campaignId, ...input, actor: actorOf(ctx) });
  if (ctx.json) writeJson(ctx, summary);
  else ctx.io.stdout.write(campaignText(summary));
  return EXIT_OK;
}

async function resolveCase(api: CliApi, campaignId: number, caseNumber: string): Promise<number> {
  const found = await api.call('campaigns:cases', { campaignId, text: caseNumber, limit: 1000 });
  const row = found.rows.find((r) => r.caseNumber === caseNumber);
  if (!row) throw new AppError('NOT_FOUND', { detail: `本次抽样中没有案卷 ${caseNumber}`, field: 'case' });
  return row.caseId;
}

async function resolveReviewer(api: CliApi, value: string): Promise<number | null> {
  if (value === 'none') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const reviewers = await api.call('reviewers:list', {});
  const found = reviewers.find((r) => r.name === value);
  if (!found) throw new AppError('NOT_FOUND', { detail: `评查人员 ${value}`, field: 'reviewer' });
  return found.id;
}

async function assign(ctx: CliContext, api: CliApi, campaignId: number): Promise<number> {
  const caseNumber = option(ctx.args, 'case');
  const reviewer = option(ctx.args, 'reviewer');
  let result;
  if (caseNumber !== undefined || reviewer !== undefined) {
    if (caseNumber === undefined || reviewer === undefined) {
      throw new UsageError('单件分配须同时给出 --case 和 --reviewer / give both --case and --reviewer');
    }
    result = await api.call('campaigns:assign', {
      mode: 'set',
      campaignId,
      caseId: await resolveCase(api, campaignId, caseNumber),
      reviewerId: await resolveReviewer(api, reviewer),
      actor: actorOf(ctx),
    });
  } else {
    const names = listOption(ctx.args, 'reviewers');
    const reviewerIds = names ? await Promise.all(names.map((n) => resolveReviewer(api, n))) : undefined;
    result = await api.call('campaigns:assign', {
      mode: 'auto',
      campaignId,
      ...(reviewerIds ? { reviewerIds } : {}),
      reassign: ctx.args.flags.has('reassign'),
      actor: actorOf(ctx),
    });
  }
  if (ctx.json) writeJson(ctx, result);
  else {
    ctx.io.stdout.write(
      `分配 ${result.changed.length} 件，未分配 ${result.unassigned} 件 / assigned ${result.changed.length}\n`,
    );
    ctx.io.stdout.write(
      table(
        ['评查人员 reviewer', '所在单位 unit', '案卷'],
        result.load.map((l) => [l.name, l.unit ?? '—', l.cases]),
        [2],
      ),
    );
  }
  return EXIT_OK;
}

function casesText(result: CampaignCasesResult): string {
  return (
    table(
      ['案号 case', '单位 unit', '程序', '状态 status', '评查人员', '得分', '等次'],
      result.rows.map((r) => [
        r.caseNumber,
        r.unit ?? '',
        procedureLabel(r.procedure),
        STATUS_LABELS[r.status],
        r.reviewerName ?? '',
        // A score means something once every item is reviewed (unreviewed items count as full marks).
        r.complete && r.total !== null ? Number(r.total.toFixed(2)) : '',
        r.complete ? (r.grade ?? '') : '',
      ]),
      [5],
    ) + `共 ${result.total} 件 / ${result.total} cases\n`
  );
}

export const campaignCommand: CliCommand = {
  name: 'campaign',
  summary: '评查活动：创建、抽样、分配、进度、统计 / campaigns: create, draw, assign, status, stats',
  usage: [
    'pingcha campaign create --title T --from DATE --to DATE [--units A,B] [--types penalty,…] [--procedures general,simple]',
    '                        [--rule all|per-unit:N|percent:P] [--seed S] [--organiser O] [--previous ID|none] [--days N]',
    '       pingcha campaign list | show ID [settings to change] | preview ID',
    '       pingcha campaign draw ID [--seed S] [--today DATE] | record ID [--population] | reset ID --reason R',
    '       pingcha campaign assign ID [--reviewers A,B] [--reassign] | assign ID --case CASE_NUMBER --reviewer NAME|ID|none',
    '       pingcha campaign status ID | cases ID [--unit U] [--status S] [--reviewer NAME|ID|none] | stats ID [--basis finalized|submitted]',
    '       (all: [--actor NAME] [--workspace DIR] [--json])',
  ].join('\n'),
  options: [
    'title',
    'from',
    'to',
    'units',
    'types',
    'procedures',
    'rule',
    'seed',
    'organiser',
    'previous',
    'days',
    'notes',
    'today',
    'reason',
    'reviewers',
    'reviewer',
    'case',
    'unit',
    'status',
    'basis',
    'limit',
    'offset',
    'actor',
  ],
  flags: ['reassign', 'population'],
  async run(ctx) {
    const [sub, idText, ...extra] = ctx.args.positionals;
    if (!sub || !SUBCOMMANDS.includes(sub)) {
      throw new UsageError(`请给出子命令 / give a subcommand: ${SUBCOMMANDS.join(' | ')}`);
    }
    if (extra.length > 0) throw new UsageError(`多余的参数 / unexpected: ${extra[0]}`);
    const needsId = sub !== 'create' && sub !== 'list';
    if (!needsId && idText !== undefined) throw new UsageError(`多余的参数 / unexpected: ${idText}`);
    const campaignId = needsId ? idArgument(idText, '评查活动编号 campaign ID') : 0;
    const today = todayOption(ctx.args);
    const ws = await ctx.openWorkspace();
    try {
      const api = cliApi(ws, today);
      switch (sub) {
        case 'create':
          return await create(ctx, api);
        case 'show':
          return await update(ctx, api, campaignId);
        case 'assign':
          return await assign(ctx, api, campaignId);
        case 'list': {
          const list = await api.call('campaigns:list', { limit: 500 });
          if (ctx.json) writeJson(ctx, list);
          else ctx.io.stdout.write(list.rows.map((c) => campaignLine(c) + '\n').join('') || '（没有评查活动）\n');
          return EXIT_OK;
        }
        case 'preview': {
          const preview = await api.call('campaigns:preview', { campaignId });
          if (ctx.json) writeJson(ctx, preview);
          else
            ctx.io.stdout.write(
              `总体 ${preview.populationSize} 件，按 ${preview.ruleText} 抽取 ${preview.drawnCount} 件；无日期未计入 ${preview.undated} 件\n` +
                table(
                  ['单位 unit', '程序', '总体', '抽取'],
                  preview.strata.map((s) => [s.unit ?? '', procedureLabel(s.procedure), s.population, s.drawn]),
                  [2, 3],
                ),
            );
          return EXIT_OK;
        }
        case 'draw': {
          const seed = option(ctx.args, 'seed');
          const drawn = await api.call('campaigns:draw', {
            campaignId,
            ...(seed ? { seed } : {}),
            actor: actorOf(ctx),
          });
          if (ctx.json) writeJson(ctx, drawn);
          else
            ctx.io.stdout.write(
              `${drawRecordText(drawn.record)}\n新建评查 ${drawn.evaluationsCreated} 件，沿用未开始的评查 ${drawn.evaluationsLinked} 件\n`,
            );
          return EXIT_OK;
        }
        case 'record': {
          const record = await api.call('campaigns:draw-record', {
            campaignId,
            includePopulation: ctx.args.flags.has('population'),
          });
          if (ctx.json) writeJson(ctx, record);
          else ctx.io.stdout.write(drawRecordText(record));
          return EXIT_OK;
        }
        case 'reset': {
          const reason = option(ctx.args, 'reason');
          if (!reason) throw new UsageError('撤销抽样须给出 --reason / give --reason');
          const summary = await api.call('campaigns:reset-draw', { campaignId, reason, actor: actorOf(ctx) });
          if (ctx.json) writeJson(ctx, summary);
          else ctx.io.stdout.write(`已撤销抽样 / draw undone\n${campaignText(summary)}`);
          return EXIT_OK;
        }
        case 'status': {
          const summary = await api.call('campaigns:get', { campaignId });
          const progress = await api.call('campaigns:progress', { campaignId });
          if (ctx.json) writeJson(ctx, { campaign: summary, progress });
          else ctx.io.stdout.write(progressText(summary, progress));
          return EXIT_OK;
        }
        case 'cases': {
          const reviewer = option(ctx.args, 'reviewer');
          const result = await api.call('campaigns:cases', {
            campaignId,
            unit: option(ctx.args, 'unit'),
            status: option(ctx.args, 'status'),
            ...(reviewer !== undefined ? { reviewerId: (await resolveReviewer(api, reviewer)) ?? 'none' } : {}),
            limit: numberOption(ctx.args, 'limit') ?? 1000,
            offset: numberOption(ctx.args, 'offset') ?? 0,
          });
          if (ctx.json) writeJson(ctx, result);
          else ctx.io.stdout.write(casesText(result));
          return EXIT_OK;
        }
        default: {
          const stats = await api.call('campaigns:stats', { campaignId, basis: option(ctx.args, 'basis') });
          if (ctx.json) writeJson(ctx, stats);
          else ctx.io.stdout.write(statsText(stats));
          return EXIT_OK;
        }
      }
    } finally {
      ws.close();
    }
  },
};
