// Minimal `--name value` argument reading for the CLI tools, with errors a person can act on.
export class UsageError extends Error {}

/** `switches` name flags that never take a value, such as --strict before a file name. */
export function readArgs(
  argv: readonly string[],
  switches: ReadonlySet<string> = new Set(),
): {
  flags: Map<string, string | true>;
  positional: string[];
} {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-o') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('-o needs a file name');
      flags.set('out', value);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const takesValue = !switches.has(name) && argv[i + 1]?.startsWith('-') === false;
      const value = inline ?? (takesValue ? argv[++i] : undefined);
      flags.set(name, value ?? true);
    } else positional.push(arg);
  }
  return { flags, positional };
}

export function intFlag(
  flags: Map<string, string | true>,
  name: string,
  fallback?: number,
): number {
  const raw = flags.get(name);
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const value = Number(raw);
  if (raw === true || !Number.isInteger(value) || value < 0) {
    throw new UsageError(`--${name} needs a whole number, got ${String(raw)}`);
  }
  return value;
}

/**
 * Runs a command's main with the conventions every Plotweb CLI shares: exit 0 or 1 as main
 * says, 2 with the usage text for a usage mistake, and never a stack trace.
 */
export async function runCli(
  name: string,
  usage: string,
  main: (argv: readonly string[]) => number | Promise<number>,
): Promise<void> {
  // A reader that stops early (`validate … | head -1`) closes the pipe: stop writing, quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.log(`${error.message}\n${usage}`);
      process.exitCode = 2;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`plotweb ${name}: unexpected failure: ${message}`);
      process.exitCode = 1;
    }
  }
}
