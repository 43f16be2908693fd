/**
 * `pingcha check [--case N]`: runs the automatic checks over the workspace's current cases (or
 * one, by case number) with the active region profile — no evaluation needed — and prints each
 * case's findings; `--json` prints `{ profile, today, cases: [{ caseNumber, findings }] }`.
 * `pingcha profiles` lists the region profiles and which one is active.
 */
import { AppError } from '../../../shared/errors.ts';
import { isoDate } from '../../../shared/domain/bundle.ts';
import { findCaseByNumber } from '../../store/queries/cases.ts';
import { checkStoredCases, currentCaseIds } from '../../store/queries/findings.ts';
import { listProfiles, loadActiveProfile, loadProfile } from '../../store/queries/profiles.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, writeJson, type CliCommand } from '../context.ts';
import { table } from '../format.ts';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '对案卷运行自动核查并列出结论 / run the automatic checks and print the findings',
  usage: 'pingcha check [--case CASE_NUMBER] [--profile ID] [--today YYYY-MM-DD] [--all] [--workspace DIR] [--json]',
  options: ['case', 'profile', 'today'],
  flags: ['all'],
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError(`多余的参数 / unexpected: ${ctx.args.positionals[0]}`);
    const today = option(ctx.args, 'today') ?? new Date().toISOString().slice(0, 10);
    if (!isoDate.safeParse(today).success) throw new UsageError(`--today 应为 YYYY-MM-DD / must be a date: ${today}`);
    const caseNumber = option(ctx.args, 'case');
    const profileId = option(ctx.args, 'profile');
    const ws = await ctx.openWorkspace();
    try {
      const profile = profileId ? { id: profileId, ...loadProfile(ws.db, profileId) } : loadActiveProfile(ws.db);
      let ids: number[];
      if (caseNumber !== undefined) {
        const id = findCaseByNumber(ws.db, caseNumber);
        if (id === null) throw new AppError('NOT_FOUND', { detail: caseNumber, field: 'case' });
        ids = [id];
      } else ids = currentCaseIds(ws.db);
      const results = checkStoredCases(ws.db, ids, { profileId: profile.id, profile: profile.profile, today });
      if (ctx.json) {
        writeJson(ctx, {
          profile: profile.id,
          today,
          cases: results.map((r) => ({
            caseNumber: r.caseNumber,
            caseId: r.caseId,
            caseType: r.caseType,
            procedure: r.procedure,
            findings: r.findings,
          })),
        });
        return EXIT_OK;
      }
      // Text: failures (and with --all every finding) per case, then a one-line tally.
      const all = ctx.args.flags.has('all');
      const tally = { pass: 0, fail: 0, not_applicable: 0, unknown: 0 };
      for (const r of results) {
        for (const f of r.findings) tally[f.status] += 1;
        const shown = all ? r.findings : r.findings.filter((f) => f.status === 'fail');
        const fails = r.findings.filter((f) => f.status === 'fail').length;
        ctx.io.stdout.write(
          `${r.caseNumber}  ${fails > 0 ? `不符合 ${fails} 项 / ${fails} failing` : '未发现问题 / no failures'}\n`,
        );
        if (shown.length > 0) {
          ctx.io.stdout.write(
            table(
              ['规则 rule', '结论', '理由 reason', '依据 article'],
              shown.map((f) => [f.rule, f.status, f.reasonZh, f.article]),
            ).replace(/^/gm, '  '),
          );
        }
      }
      ctx.io.stdout.write(
        `\n${results.length} 件 cases，地区配置 profile ${profile.id}，基准日 today ${today}：` +
          `fail ${tally.fail}, unknown ${tally.unknown}, pass ${tally.pass}, n/a ${tally.not_applicable}\n`,
      );
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};

export const profilesCommand: CliCommand = {
  name: 'profiles',
  summary: '列出地区配置 / list the region profiles',
  usage: 'pingcha profiles [--workspace DIR] [--json]',
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError('profiles 不带参数 / takes no arguments');
    const ws = await ctx.openWorkspace();
    try {
      const list = listProfiles(ws.db);
      if (ctx.json) writeJson(ctx, { profiles: list });
      else
        ctx.io.stdout.write(
          table(
            ['配置 profile', '名称 name', '来源', '当前', '待核实 assumed'],
            list.map((p) => [p.id, p.name, p.source, p.active ? '✓' : '', p.assumedValues]),
            [4],
          ),
        );
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};
