/**
 * `pingcha check [--case N]`: runs the automatic checks over the workspace's current cases (or
 * one, by case number) with the active region profile — no evaluation needed — and prints each
 * case's findings; `--json` prints `{ profile, today, cases: [{ caseNumber, findings }] }`.
 * `pingcha profiles` lists the region profiles and which one is active; `profiles import FILE`
 * adds or updates a user profile (errors by JSON path), `profiles use ID` makes one active.
 */
import { localIsoDate } from '../../../shared/calendar/dates.ts';
import { AppError, appErrorFromData } from '../../../shared/errors.ts';
import { isoDate } from '../../../shared/domain/bundle.ts';
import { findCaseByNumber } from '../../store/queries/cases.ts';
import { checkStoredCases, currentCaseIds } from '../../store/queries/findings.ts';
import {
  listProfiles,
  loadActiveProfile,
  loadProfile,
  saveProfile,
  setActiveProfile,
} from '../../store/queries/profiles.ts';
import { readTextFile } from './template.ts';
import { option, UsageError } from '../args.ts';
import { EXIT_OK, EXIT_PARTIAL, reportError, writeJson, type CliCommand } from '../context.ts';
import { table } from '../format.ts';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '对案卷运行自动核查并列出结论 / run the automatic checks and print the findings',
  usage: 'pingcha check [--case CASE_NUMBER] [--profile ID] [--today YYYY-MM-DD] [--all] [--workspace DIR] [--json]',
  options: ['case', 'profile', 'today'],
  flags: ['all'],
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError(`多余的参数 / unexpected: ${ctx.args.positionals[0]}`);
    const today = option(ctx.args, 'today') ?? localIsoDate();
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
  summary: '列出、导入或启用地区配置 / list, import or activate region profiles',
  usage: 'pingcha profiles [--workspace DIR] [--json] | pingcha profiles import FILE | pingcha profiles use ID',
  async run(ctx) {
    const [action, arg, ...extra] = ctx.args.positionals;
    if (action !== undefined && ((action !== 'import' && action !== 'use') || !arg || extra.length > 0)) {
      throw new UsageError('请给出 import FILE 或 use ID，或不带参数 / give import FILE or use ID, or no arguments');
    }
    const text = action === 'import' ? readTextFile(arg!, 'FILE') : null;
    const ws = await ctx.openWorkspace();
    try {
      if (action === 'import') {
        let saved;
        try {
          saved = saveProfile(ws.db, text, 'cli');
        } catch (err) {
          // The file's content is an input that failed (exit 1), not a usage error; name the
          // file beside the JSON path the store puts in `field`.
          if (!(err instanceof AppError)) throw err;
          reportError(ctx, err.file ? err : appErrorFromData({ ...err.toData(), file: arg! }));
          return EXIT_PARTIAL;
        }
        if (ctx.json) writeJson(ctx, { ok: true, file: arg, profile: saved });
        else ctx.io.stdout.write(`已保存 saved: ${saved.id} ${saved.name}\n`);
        return EXIT_OK;
      }
      if (action === 'use') {
        const active = setActiveProfile(ws.db, arg!, 'cli');
        if (ctx.json) writeJson(ctx, { ok: true, profile: active });
        else ctx.io.stdout.write(`当前地区配置 active profile: ${active.id} ${active.name}\n`);
        return EXIT_OK;
      }
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
