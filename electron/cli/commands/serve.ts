/**
 * `pingcha serve`: browser mode. The same handlers as the desktop app, in a worker thread,
 * behind the loopback bridge; prints the launch URL (with its one-time token).
 */
import { startApiHost } from '../../api/host.ts';
import { startBridge, type Bridge } from '../../server/bridge.ts';
import { todayOption } from '../apiCall.ts';
import { intOption, option } from '../args.ts';
import { ensureRendererBuilt, RENDERER_OUT } from '../build.ts';
import { EXIT_OK, writeJson, type CliCommand, type CliContext } from '../context.ts';

export async function startBrowserMode(
  ctx: CliContext,
  port: number,
  build = true,
): Promise<{ bridge: Bridge; stop: () => Promise<void> }> {
  const rendererDir = build ? ensureRendererBuilt((line) => ctx.io.stderr.write(line + '\n')) : RENDERER_OUT;
  // --today: a fixed "today" for deadlines and the calendar warning (demonstrations, tests).
  const host = await startApiHost(ctx.workspaceDir, option(ctx.args, 'today') ? { today: todayOption(ctx.args) } : {});
  const bridge = await startBridge({ host, rendererDir, port });
  return {
    bridge,
    stop: async () => {
      await bridge.close();
      await host.close();
    },
  };
}

export async function waitForSignal(): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: '浏览器模式：在本机回环地址上提供工作站界面 / browser mode on 127.0.0.1',
  usage: 'pingcha serve [--workspace DIR] [--port N] [--today YYYY-MM-DD] [--no-build] [--json]',
  options: ['port', 'today'],
  flags: ['no-build'],
  async run(ctx) {
    const { bridge, stop } = await startBrowserMode(
      ctx,
      intOption(ctx.args, 'port', 0),
      !ctx.args.flags.has('no-build'),
    );
    if (ctx.json)
      writeJson(ctx, { url: bridge.url, launchUrl: bridge.launchUrl, port: bridge.port, workspace: ctx.workspaceDir });
    else {
      ctx.io.stdout.write(`浏览器模式 browser mode — 工作区 workspace: ${ctx.workspaceDir}\n`);
      ctx.io.stdout.write(`打开 open: ${bridge.launchUrl}\n`);
    }
    await waitForSignal();
    await stop();
    return EXIT_OK;
  },
};
