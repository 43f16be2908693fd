/** A small argument parser: `--name value`, `--name=value`, boolean flags and positionals. */

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: { options: string[]; flags: string[] }): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1 && arg !== '-') {
        if (arg === '-h') flags.add('help');
        else throw new UsageError(`未知选项 / unknown option: ${arg}`);
      } else positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    if (spec.flags.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} 不带参数 / takes no value`);
      flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        throw new UsageError(`--${name} 需要一个值 / needs a value`);
      }
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      throw new UsageError(`未知选项 / unknown option: --${name}`);
    }
  }
  return { positionals, options, flags };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  return values?.[values.length - 1];
}

export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const value = option(args, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} 应为非负整数 / must be a whole number: ${value}`);
  return n;
}
