/**
 * `pingcha` command line. Each command calls the same services as the app; `--json` prints one
 * JSON document on stdout. Exit codes: 0 all good, 1 some inputs failed, 2 usage error.
 */
import { parseArgs, UsageError } from './args.ts';
import { EXIT_USAGE, makeContext, reportError, type CliCommand, type CliIO } from './context.ts';
import { campaignCommand } from './commands/campaign.ts';
import { casesCommand, searchCommand, showCommand } from './commands/cases.ts';
import { checkCommand, profilesCommand } from './commands/check.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { rectificationCommand } from './commands/rectification.ts';
import { reviewersCommand } from './commands/reviewers.ts';
import { scoreCommand } from './commands/score.ts';
import { serveCommand } from './commands/serve.ts';
import { startCommand } from './commands/start.ts';
import { templateCommand, templatesCommand } from './commands/template.ts';

const COMMON_OPTIONS = ['workspace'];
const COMMON_FLAGS = ['json', 'help'];

export const COMMANDS: CliCommand[] = [
  importCommand,
  casesCommand,
  showCommand,
  searchCommand,
  checkCommand,
  templateCommand,
  templatesCommand,
  scoreCommand,
  profilesCommand,
  campaignCommand,
  reviewersCommand,
  rectificationCommand,
  exportCommand,
  serveCommand,
  startCommand,
];

function help(): string {
  const lines = [
    'pingcha — 行政执法案卷评查工作站 / case-file evaluation workstation',
    '',
    '用法 usage: pingcha <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(13)} ${c.summary}`),
    '',
    '通用选项 common options:',
    '  --workspace DIR  工作区文件夹（默认：应用的工作区） / workspace folder (default: the app workspace)',
    '  --json           输出一个 JSON 文档 / print one JSON document on stdout',
    '  --help           显示帮助 / show help',
    '',
    '退出码 exit codes: 0 成功 ok, 1 部分输入失败 some inputs failed, 2 用法错误 usage error',
    '',
  ];
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`未知命令 / unknown command: ${name}\n\n${help()}`);
    return EXIT_USAGE;
  }
  let args;
  try {
    args = parseArgs(rest, {
      options: [...COMMON_OPTIONS, ...(command.options ?? [])],
      flags: [...COMMON_FLAGS, ...(command.flags ?? [])],
    });
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n用法 usage: ${command.usage}\n`);
    return EXIT_USAGE;
  }
  if (args.flags.has('help')) {
    io.stdout.write(`${command.summary}\n用法 usage: ${command.usage}\n`);
    return 0;
  }
  const ctx = makeContext(args, io);
  try {
    return await command.run(ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message}\n用法 usage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    return reportError(ctx, err);
  }
}
