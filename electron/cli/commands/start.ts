/**
 * `pingcha start` (what `npm start` runs): the desktop app where the Electron binary exists;
 * otherwise browser mode, opened in Chromium's app window when there is a display, or its URL
 * printed when there is none. With --demo-bundles DIR an empty workspace is first filled with
 * the bundles found there (the demo workspace of `npm start`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localIsoDate } from '../../../shared/calendar/dates.ts';
import { importPaths } from '../../import/importer.ts';
import { workspaceInfo } from '../../store/queries/cases.ts';
import { intOption, option } from '../args.ts';
import { seedDemoCampaign } from '../demoCampaign.ts';
import { electronBinary, ensureElectronBuilt, PROJECT_ROOT } from '../build.ts';
import { EXIT_OK, type CliCommand, type CliContext } from '../context.ts';
import { startBrowserMode, waitForSignal } from './serve.ts';

async function fillDemo(ctx: CliContext, dir: string): Promise<void> {
  const ws = await ctx.openWorkspace();
  try {
    if (workspaceInfo(ws.db, ws.dir).cases > 0) return;
    const inputs = fs
      .readdirSync(dir)
      .filter((name) => !name.endsWith('.json') && name !== 'broken')
      .map((name) => path.join(dir, name));
    ctx.io.stdout.write(`首次运行：导入演示案卷 first run: importing ${inputs.length} demo bundles …\n`);
    const summary = await importPaths(ws, inputs);
    ctx.io.stdout.write(`已导入 imported ${summary.imported.length} cases, ${summary.pages} pages\n`);
    // The same date the API worker reckons with, so the demo's overdue item is overdue in the app.
    const demo = await seedDemoCampaign(ws, localIsoDate());
    if (demo) {
      ctx.io.stdout.write(
        `演示评查活动 demo campaign #${demo.campaignId}: 抽取 ${demo.drawn} 件，定稿 ${demo.finalized} 件，整改事项 ${demo.rectifications} 项\n`,
      );
    }
  } finally {
    ws.close();
  }
}

function findChromium(): string | null {
  const candidates =
    process.platform === 'win32'
      ? [
          path.join(process.env['ProgramFiles(x86)'] ?? '', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
          path.join(process.env.ProgramFiles ?? '', 'Google', 'Chrome', 'Application', 'chrome.exe'),
        ]
      : process.platform === 'darwin'
        ? [
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            '/Applications/Chromium.app/Contents/MacOS/Chromium',
          ]
        : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}

function hasDisplay(): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

export const startCommand: CliCommand = {
  name: 'start',
  summary: '启动工作站（桌面应用或浏览器模式） / start the workstation',
  usage: 'pingcha start [--workspace DIR] [--demo-bundles DIR] [--port N]',
  options: ['demo-bundles', 'port'],
  async run(ctx) {
    const demo = option(ctx.args, 'demo-bundles');
    if (demo && fs.existsSync(demo)) await fillDemo(ctx, demo);

    const electron = electronBinary();
    if (electron) {
      const main = ensureElectronBuilt((line) => ctx.io.stderr.write(line + '\n'));
      ctx.io.stdout.write(`桌面应用 desktop app (Electron) — 工作区 workspace: ${ctx.workspaceDir}\n`);
      const child = spawn(electron, [main], {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
        env: { ...process.env, PINGCHA_WORKSPACE: ctx.workspaceDir },
      });
      return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
    }

    ctx.io.stdout.write(
      '未找到 Electron 程序（本机无法下载），改用浏览器模式 / no Electron binary here: browser mode\n',
    );
    const { bridge, stop } = await startBrowserMode(ctx, intOption(ctx.args, 'port', 0));
    ctx.io.stdout.write(`工作区 workspace: ${ctx.workspaceDir}\n`);
    const chromium = hasDisplay() ? findChromium() : null;
    if (chromium) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-browser-'));
      ctx.io.stdout.write(`在 Chromium 应用窗口中打开 opening in ${chromium} …\n`);
      const child = spawn(
        chromium,
        [
          `--app=${bridge.launchUrl}`,
          `--user-data-dir=${profile}`,
          '--no-first-run',
          '--disable-background-networking',
          '--disable-sync',
          '--window-size=1440,900',
        ],
        { stdio: 'ignore', detached: false },
      );
      child.on('exit', () => process.kill(process.pid, 'SIGTERM'));
    } else {
      ctx.io.stdout.write(
        `没有图形显示，请在浏览器中打开 no display — open this URL in a browser:\n${bridge.launchUrl}\n`,
      );
    }
    ctx.io.stdout.write('按 Ctrl+C 退出 / press Ctrl+C to quit\n');
    await waitForSignal();
    await stop();
    return EXIT_OK;
  },
};
