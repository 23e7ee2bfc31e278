// Reading a Chromium CPU profile (CDP Profiler.stop) for the measuring scripts: where the
// time went by function (self and inclusive), and who called the heaviest, so a fix knows
// where to look. Used by `npm run bench -- --profile` and `npm run measure:import -- --profile`.

export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { functionName: string; url: string; lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A run of samples with no idle one between them: one task, or tasks back to back. */
export interface BusyStretch {
  /** Milliseconds from the profile's start. */
  readonly at: number;
  readonly duration: number;
  /** Its samples, `from` included and `to` not, for `summarizeProfile`. */
  readonly from: number;
  readonly to: number;
}

export interface ProfileSummary {
  /** Milliseconds sampled, idle included. */
  readonly total: number;
  /** The 30 functions with the most self time, in ms, largest first. */
  readonly self: readonly (readonly [string, number])[];
  /** The 30 functions with the most inclusive time (counted once per sample), largest first. */
  readonly inclusive: readonly (readonly [string, number])[];
  /** For each function, its call chains (six frames up) and their time. */
  readonly callers: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * The longest runs of busy samples, longest first: where a long frame gap came from,
 * without matching the page's clock to the profiler's.
 */
export function busyStretches(profile: CpuProfile, count: number): BusyStretch[] {
  const idle = new Set(
    profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id),
  );
  const stretches: BusyStretch[] = [];
  let time = 0;
  let start: { index: number; at: number } | undefined;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    // A sample's delta is the time since the previous one: the busy run ends at that one.
    if (idle.has(id) && start) {
      stretches.push({ at: start.at, duration: time - start.at, from: start.index, to: i });
      start = undefined;
    }
    time += delta;
    if (!idle.has(id) && !start) start = { index: i, at: time };
  });
  return stretches.sort((a, b) => b.duration - a.duration).slice(0, count);
}

/** Where the time went, over the whole profile or the samples `from` (included) to `to`. */
export function summarizeProfile(
  profile: CpuProfile,
  { from = 0, to = profile.samples.length }: { from?: number; to?: number } = {},
): ProfileSummary {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return '-';
    const file = frame.url.split('/').pop() ?? '';
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (i < from || i >= to) return;
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    total += delta;
    if (!byNode.has(id)) return;
    const key = nameOf(id);
    self.set(key, (self.get(key) ?? 0) + delta);
    const stack: string[] = [];
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      stack.push(nameOf(up));
    }
    for (const name of new Set(stack)) {
      if (!IDLE.has(name.split(' ')[0] ?? ''))
        inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
    const chain = stack
      .slice(1, 7)
      .map((name) => name.replace(/ [^ ]*:(\d+)$/, ':$1'))
      .join(' < ');
    const byChain = callers.get(key) ?? new Map<string, number>();
    byChain.set(chain, (byChain.get(chain) ?? 0) + delta);
    callers.set(key, byChain);
  });
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 30);
  return { total, self: top(self), inclusive: top(inclusive), callers };
}

const ms = (value: number) => value.toFixed(1).padStart(8);

/**
 * Prints self time, the heaviest functions' callers, then inclusive time: `lines` of each
 * (30 at most), and the callers of the heaviest `lines / 2.5`.
 */
export function printProfile(
  summary: ProfileSummary,
  log: (line: string) => void = console.log,
  lines = 30,
) {
  log('self time:');
  for (const [name, time] of summary.self.slice(0, lines)) log(`${ms(time)} ms  ${name}`);
  log('\ncallers of the heaviest:');
  for (const [name] of summary.self.slice(0, Math.round(lines / 2.5))) {
    const chains = [...(summary.callers.get(name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4);
    log(`  ${name}`);
    for (const [chain, time] of chains) log(`    ${ms(time)} ms  < ${chain}`);
  }
  log('\ninclusive time:');
  for (const [name, time] of summary.inclusive.slice(0, lines)) log(`${ms(time)} ms  ${name}`);
}
