// The validate command as a user runs it: real files, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedDataset, shippedDatasetText } from '../fixtures/data';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plotweb-validate-'));

function run(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

function corrupt(
  name: string,
  edit: (
    data: Record<string, unknown> & {
      characters: { id: string }[];
      relationships: { target: string; from: unknown }[];
    },
  ) => void,
) {
  const data = shippedDataset() as Parameters<typeof edit>[0];
  edit(data);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

function expectCleanFailure(out: string, file: string, pattern: RegExp) {
  const lines = out.trim().split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  for (const line of lines.slice(0, -1)) expect(line.startsWith(`${file}:`)).toBe(true);
  expect(out).toMatch(pattern);
  expect(out).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('npm run validate', () => {
  it('passes the shipped data with a one-line summary', () => {
    const { status, out } = run('graph-data/index.json', 'graph-data/tiny-pretty-things-s1.json');
    expect(status).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(
      /^ok: index\.json \(catalogue, 2 shows\), tiny-pretty-things-s1\.json \(10 episodes, \d+ characters, \d+ relationships\)/,
    );
  });

  it('fails on a relationship pointing at an unknown character', () => {
    const file = corrupt('unknown-target.json', (data) => {
      (data.relationships[0] as { target: string }).target = 'casie';
    });
    const { status, out } = run(file);
    expect(status).toBe(1);
    expectCleanFailure(
      out,
      file,
      /:\$\.relationships\[0\]\.target: unknown character "casie" — did you mean "cassie"\?/,
    );
  });

  it('fails on a duplicated character id', () => {
    const file = corrupt('duplicate.json', (data) => {
      data.characters.push({ ...(data.characters[0] as { id: string }) });
    });
    const { status, out } = run(file);
    expect(status).toBe(1);
    expectCleanFailure(
      out,
      file,
      /:\$\.characters\[\d+\]\.id: duplicate character id "[^"]+" \(first used at \$\.characters\[0\]\)/,
    );
  });

  it('fails on an episode that does not exist', () => {
    const file = corrupt('episode.json', (data) => {
      (data.relationships[0] as { from: unknown }).from = 'S9E99';
    });
    const { status, out } = run(file);
    expect(status).toBe(1);
    expectCleanFailure(
      out,
      file,
      /:\$\.relationships\[0\]\.from: no episode "S9E99" in this file — /,
    );
  });

  it('fails on a truncated file with line and column', () => {
    const file = join(dir, 'truncated.json');
    const text = shippedDatasetText();
    writeFileSync(file, text.slice(0, Math.floor(text.length * 0.6)));
    const { status, out } = run(file);
    expect(status).toBe(1);
    expectCleanFailure(out, file, /:\d+:\d+: malformed JSON: /);
  });

  it('refuses a 60 MB file without reading it', () => {
    const file = join(dir, 'huge.json');
    const fd = openSync(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < 60; i++) writeSync(fd, chunk);
    closeSync(fd);
    const { status, out } = run(file);
    expect(status).toBe(1);
    expectCleanFailure(
      out,
      file,
      /:\$: file is 60\.0 MB, over the 50 MB limit; it was not read — /,
    );
  });

  it('lists problems from every file and exits 1 when any fails', () => {
    const bad = corrupt('two.json', (data) => {
      (data.relationships[1] as { target: string }).target = 'nobody';
      (data.relationships[2] as { target: string }).target = 'nobody';
    });
    const { status, out } = run(
      'graph-data/tiny-pretty-things-s1.json',
      bad,
      join(dir, 'missing.json'),
    );
    expect(status).toBe(1);
    expect(out).toContain(`${bad}:$.relationships[1].target`);
    expect(out).toContain(`${bad}:$.relationships[2].target`);
    expect(out).toContain(`${join(dir, 'missing.json')}:$: cannot read the file`);
    expect(out.trim().split('\n').pop()).toBe('3 problems in 2 of 3 files');
  });

  it('prints a repaired early start as a warning and exits 0; --strict makes it an error', () => {
    // Matteo is introduced in S1E8; a relationship of his from S1E1 now starts in S1E9.
    const file = corrupt('early.json', (data) => {
      data.relationships.push({
        ...(data.relationships[1] as { target: string; from: unknown }),
        id: 'early',
        source: 'matteo',
        target: 'cassie',
        from: 'S1E1',
      } as { target: string; from: unknown });
    });
    const index = (shippedDataset().relationships as unknown[]).length;
    const warning = `warning: ${file}:$.relationships[${index}].from: starts in S1E1, before "matteo" is introduced (S1E8) — read as starting in S1E8, when both are present; to keep S1E1, move the character's firstEpisode earlier`;
    const lenient = run(file);
    expect(lenient.status).toBe(0);
    const lines = lenient.out.trim().split('\n');
    expect(lines[0]).toBe(warning);
    expect(lines[1]).toMatch(
      /^ok: early\.json \(10 episodes, \d+ characters, \d+ relationships, 1 warning\)$/,
    );

    const strict = run('--strict', file);
    expect(strict.status).toBe(1);
    expect(strict.out.trim().split('\n')).toEqual([
      `${file}:$.relationships[${index}].from: starts in S1E1, before "matteo" is introduced (S1E8) — move the relationship later, or the character's firstEpisode earlier`,
      '1 problem in 1 of 1 file',
    ]);
  });

  it('refuses an unknown option with the usage', () => {
    const { status, out } = run('--strikt', 'graph-data/hamlet.json');
    expect(status).toBe(2);
    expect(out).toContain('unknown option --strikt');
  });
});
