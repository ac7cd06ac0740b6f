/**
 * A small, strict flag parser: `--flag value`, `--flag=value`, booleans with `--no-` negation,
 * repeatable flags; unknown flags are errors that name the flag.
 */
export type FlagType = 'string' | 'number' | 'boolean';

export interface FlagSpec {
  type: FlagType;
  description: string;
  repeat?: boolean;
  default?: string | number | boolean;
  /** value placeholder in help: DIR, N, FILE */
  meta?: string;
}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  /** minimum number of positional arguments */
  minPositional: number;
}

export class UsageError extends Error {}

export interface Parsed {
  flags: Record<string, string | number | boolean | string[] | undefined>;
  positional: string[];
}

export function parseArgs(spec: CommandSpec, argv: string[]): Parsed {
  const flags: Parsed['flags'] = {};
  const positional: string[] = [];
  for (const [name, f] of Object.entries(spec.flags)) if (f.default !== undefined) flags[name] = f.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`${spec.name}: unknown option ${arg} (see pilah ${spec.name} --help)`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = arg.slice(2, eq >= 0 ? eq : undefined);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined;
    let f = spec.flags[name];
    if (!f && name.startsWith('no-') && spec.flags[name.slice(3)]?.type === 'boolean') {
      name = name.slice(3);
      f = spec.flags[name];
      if (value !== undefined) throw new UsageError(`${spec.name}: --no-${name} takes no value`);
      flags[name] = false;
      continue;
    }
    if (!f) throw new UsageError(`${spec.name}: unknown option --${name} (see pilah ${spec.name} --help)`);
    if (f.type === 'boolean') {
      if (value !== undefined && !/^(true|false)$/.test(value)) throw new UsageError(`${spec.name}: --${name} is a switch (true/false), got "${value}"`);
      flags[name] = value === undefined ? true : value === 'true';
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${spec.name}: --${name} needs a value${f.meta ? ` (${f.meta})` : ''}`);
    }
    let v: string | number = value;
    if (f.type === 'number') {
      v = Number(value);
      if (!Number.isFinite(v)) throw new UsageError(`${spec.name}: --${name} needs a number, got "${value}"`);
    }
    if (f.repeat) flags[name] = [...((flags[name] as string[] | undefined) ?? []), String(v)];
    else flags[name] = v;
  }
  if (positional.length < spec.minPositional) throw new UsageError(`${spec.name}: missing argument (usage: ${spec.usage})`);
  return { flags, positional };
}

export function helpText(spec: CommandSpec): string {
  const lines = [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:'];
  const rows = Object.entries(spec.flags).map(([name, f]) => {
    const left = `  --${name}${f.type === 'boolean' ? '' : ` ${f.meta ?? 'VALUE'}`}`;
    const def = f.default !== undefined && f.type !== 'boolean' ? ` (default: ${f.default})` : '';
    return [left, `${f.description}${def}`];
  });
  rows.push(['  --help', 'show this help']);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [l, r] of rows) lines.push(l.padEnd(width) + r);
  return lines.join('\n');
}
