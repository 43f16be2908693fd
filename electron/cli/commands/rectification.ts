/**
 * `pingcha rectification …`: the legal office's follow-up of 整改事项 from the command line —
 * list (the board, with overdue items as of --today), draft and issue a campaign's items, show
 * one with its replies and timeline, record the unit's reply (with evidence files) and moves.
 */
import fs from 'node:fs';
import type { RectificationBoardStatus, RectificationView } from '../../../shared/api/rectificationTypes.ts';
import { RECTIFICATION_LABELS } from '../../../shared/campaigns/rectification.ts';
import { AppError } from '../../../shared/errors.ts';
import { cliApi, idArgument, numberOption, todayOption, type CliApi } from '../apiCall.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, writeJson, type CliCommand, type CliContext } from '../context.ts';
import { table } from '../format.ts';

const SUBCOMMANDS = ['list', 'draft', 'issue', 'show', 'move', 'reply'];

const BOARD_LABELS: Record<RectificationBoardStatus, string> = { ...RECTIFICATION_LABELS, draft: '未下发' };

function itemsTable(rows: readonly RectificationView[]): string {
  return table(
    ['编号', '单位 unit', '案号 case', '事项 item', '状态', '期限 deadline', '逾期', '重复'],
    rows.map((r) => [
      r.id,
      r.unit,
      r.caseNumber,
      `${r.itemId} ${r.itemName}`,
      BOARD_LABELS[r.displayStatus],
      r.deadline ?? '',
      r.workingDaysOverdue ? `${r.workingDaysOverdue} 个工作日` : '',
      r.repeatOf ? `↺ #${r.repeatOf.id}` : '',
    ]),
    [0],
  );
}

async function approverId(api: CliApi, value: string | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const found = (await api.call('reviewers:list', {})).find((r) => r.name === value);
  if (!found) throw new AppError('NOT_FOUND', { detail: `评查人员 ${value}`, field: 'approver' });
  return found.id;
}

function files(ctx: CliContext): string[] {
  const list = ctx.args.options.get('file') ?? [];
  for (const f of list) {
    if (!fs.existsSync(f)) throw new AppError('IO', { detail: `${f} 不存在 / does not exist`, file: f, field: 'file' });
  }
  return list;
}

export const rectificationCommand: CliCommand = {
  name: 'rectification',
  summary: '整改事项：列出、生成、下发、回复、验收 / rectification items: list, draft, issue, reply, approve',
  usage: [
    'pingcha rectification list [--campaign ID] [--unit U] [--status draft|pending|in_progress|overdue|done|accepted] [--repeat] [--today DATE]',
    '       pingcha rectification draft CAMPAIGN_ID [--days N]',
    '       pingcha rectification issue CAMPAIGN_ID [--unit U] [--on DATE] [--days N]',
    '       pingcha rectification show ID',
    '       pingcha rectification reply ID --text T [--file F]...',
    '       pingcha rectification move ID start|complete|reject|approve [--reason R] [--approver NAME|ID] [--on DATE]',
    '       (all: [--actor NAME] [--workspace DIR] [--json])',
  ].join('\n'),
  options: [
    'campaign',
    'unit',
    'status',
    'today',
    'days',
    'on',
    'reason',
    'approver',
    'text',
    'file',
    'actor',
    'limit',
  ],
  flags: ['repeat'],
  async run(ctx) {
    const [sub, idText, action, ...extra] = ctx.args.positionals;
    if (!sub || !SUBCOMMANDS.includes(sub)) {
      throw new UsageError(`请给出子命令 / give a subcommand: ${SUBCOMMANDS.join(' | ')}`);
    }
    if (extra.length > 0 || (action !== undefined && sub !== 'move')) {
      throw new UsageError(`多余的参数 / unexpected: ${extra[0] ?? action}`);
    }
    if (sub === 'list' && idText !== undefined) throw new UsageError(`多余的参数 / unexpected: ${idText}`);
    const id = sub === 'list' ? 0 : idArgument(idText, sub === 'draft' || sub === 'issue' ? 'CAMPAIGN_ID' : 'ID');
    if (sub === 'move' && !action) throw new UsageError('请给出 start、complete、reject 或 approve');
    const actor = option(ctx.args, 'actor') ?? 'cli';
    const staged = sub === 'reply' ? files(ctx) : [];
    const ws = await ctx.openWorkspace();
    try {
      const api = cliApi(ws, todayOption(ctx.args));
      const days = numberOption(ctx.args, 'days');
      switch (sub) {
        case 'list': {
          const campaign = option(ctx.args, 'campaign');
          const result = await api.call('rectifications:list', {
            ...(campaign !== undefined ? { campaignId: idArgument(campaign, '--campaign') } : {}),
            unit: option(ctx.args, 'unit'),
            status: option(ctx.args, 'status'),
            ...(ctx.args.flags.has('repeat') ? { repeat: true } : {}),
            limit: numberOption(ctx.args, 'limit') ?? 1000,
          });
          if (ctx.json) writeJson(ctx, result);
          else {
            ctx.io.stdout.write(itemsTable(result.rows));
            const counts = (Object.keys(BOARD_LABELS) as RectificationBoardStatus[])
              .map((s) => `${BOARD_LABELS[s]} ${result.counts[s]}`)
              .join('，');
            ctx.io.stdout.write(`共 ${result.total} 项：${counts}\n`);
          }
          return EXIT_OK;
        }
        case 'draft': {
          const result = await api.call('rectifications:draft', {
            campaignId: id,
            ...(days !== undefined ? { workingDays: days } : {}),
            actor,
          });
          if (ctx.json) writeJson(ctx, result);
          else {
            ctx.io.stdout.write(
              `新生成 ${result.created.length} 项（其中重复发生 ${result.repeats} 项），已有 ${result.existing} 项，移除 ${result.removed} 项\n`,
            );
            ctx.io.stdout.write(itemsTable(result.created));
            for (const s of result.skipped) ctx.io.stdout.write(`跳过 ${s.caseNumber}：${s.reason}\n`);
          }
          return EXIT_OK;
        }
        case 'issue': {
          const on = option(ctx.args, 'on');
          const result = await api.call('rectifications:issue', {
            campaignId: id,
            unit: option(ctx.args, 'unit'),
            ...(on ? { issuedOn: on } : {}),
            ...(days !== undefined ? { workingDays: days } : {}),
            actor,
          });
          if (ctx.json) writeJson(ctx, result);
          else ctx.io.stdout.write(`${result.issuedOn} 下发 ${result.items.length} 项\n${itemsTable(result.items)}`);
          return EXIT_OK;
        }
        case 'show': {
          const detail = await api.call('rectifications:get', { id });
          if (ctx.json) writeJson(ctx, detail);
          else {
            const r = detail.item;
            ctx.io.stdout.write(
              [
                `#${r.id} ${r.unit} ${r.caseNumber} ${r.itemId} ${r.itemName}（${BOARD_LABELS[r.displayStatus]}）`,
                `存在问题  ${r.problem}`,
                `整改要求  ${r.requirement}`,
                `法律依据  ${r.legalBasis ?? '—'}`,
                `下发      ${r.issuedOn ?? '未下发'}，期限 ${r.workingDays} 个工作日${r.deadline ? `（${r.deadline} 前）` : ''}`,
                r.repeatOf ? `重复发生  上期「${r.repeatOf.campaignTitle}」#${r.repeatOf.id}` : '',
                '',
                ...detail.replies.map(
                  (p) =>
                    `回复 ${p.at.slice(0, 10)} ${p.by}：${p.text}${p.attachments.length ? `（附件 ${p.attachments.map((a) => a.fileName).join('、')}）` : ''}`,
                ),
                ...detail.events.map(
                  (e) =>
                    `${e.at.slice(0, 19).replace('T', ' ')}  ${e.actor}  ${e.action}${e.toStatus ? ` → ${RECTIFICATION_LABELS[e.toStatus]}` : ''}${e.reason ? `：${e.reason}` : ''}`,
                ),
              ]
                .filter((l, i, all) => l !== '' || all[i - 1] !== '')
                .join('\n') + '\n',
            );
          }
          return EXIT_OK;
        }
        case 'reply': {
          const text = option(ctx.args, 'text');
          if (!text) throw new UsageError('请给出 --text / give --text');
          const result = await api.call('rectifications:reply', {
            id,
            text,
            ...(staged.length > 0 ? { stagingId: api.ctx.staging.add(staged) } : {}),
            actor,
          });
          if (ctx.json) writeJson(ctx, result);
          else ctx.io.stdout.write(`已记录回复 #${result.reply.id}，附件 ${result.reply.attachments.length} 个\n`);
          return EXIT_OK;
        }
        default: {
          const on = option(ctx.args, 'on');
          const result = await api.call('rectifications:move', {
            id,
            action,
            reason: option(ctx.args, 'reason'),
            ...(on ? { on } : {}),
            approverId: await approverId(api, option(ctx.args, 'approver')),
            actor,
          });
          if (ctx.json) writeJson(ctx, result);
          else ctx.io.stdout.write(`#${result.id} → ${BOARD_LABELS[result.displayStatus]}\n`);
          return EXIT_OK;
        }
      }
    } finally {
      ws.close();
    }
  },
};
