// Every malformed file in the corpus gets one exact line from the command line tools, never
// "unexpected failure" or a stack trace; encodings are read by their byte order mark.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_EXPECTED, corpusPath } from '../fixtures/corpus';
import { minimalData } from '../fixtures/data';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plotweb-exact-'));

function cli(command: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `src/cli/${command}.ts`, ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('validate on the corpus', () => {
  const files = CORPUS_EXPECTED.map(([file]) => corpusPath(file));
  const { status, out, err } = cli('validate', ...files);
  const lines = out.trim().split('\n');

  it('exits 1 with no stack trace and no "unexpected failure"', () => {
    expect(status).toBe(1);
    expect(err).toBe('');
    expect(out).not.toMatch(/unexpected failure|Maximum call stack|\n\s+at |node:internal/);
  });

  for (const [file, expected] of CORPUS_EXPECTED) {
    it(`${file}: ${expected.length === 0 ? 'reads cleanly' : expected.length === 1 ? 'one exact line' : 'every line, in file order'}`, () => {
      const own = lines.filter((line) => line.startsWith(`${corpusPath(file)}:`));
      expect(own).toHaveLength(expected.length);
      expected.forEach((pattern, index) => expect(own[index]).toMatch(pattern));
      // Invisible characters never reach the terminal raw.
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      for (const line of own) expect(line).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e]/);
    });
  }
});

describe('validate on files that import reads', () => {
  it('points a GEXF file and a CSV file to npm run import', () => {
    const gexf = corpusPath('internal-entities.gexf');
    const csv = corpusPath('characters.csv');
    const { status, out } = cli('validate', gexf, csv);
    expect(status).toBe(1);
    expect(out).toContain(
      `${gexf}:$: this is a GEXF (XML) file, not a Plotweb JSON data file — turn it into one with: npm run import -- ${gexf} -o show.json`,
    );
    expect(out).toContain(`${csv}:$: this is a CSV file, not a Plotweb JSON data file — `);
    expect(out).not.toMatch(/malformed JSON/);
  });
});

describe('import of GEXF with a DTD', () => {
  it('refuses an external entity at its line, saying to delete the DOCTYPE', () => {
    const file = corpusPath('xxe-external-entity.gexf');
    const { status, out } = cli('import', file, '-o', join(dir, 'xxe.json'));
    expect(status).toBe(1);
    expect(out).toContain(
      `${file}:3:3: cannot read the XML: the DOCTYPE declares an external entity "&xxe;" (SYSTEM); Plotweb never loads entities from a DTD or another file — delete the <!DOCTYPE …> block and write the text itself where "&xxe;" is used`,
    );
  });

  it('refuses a parameter entity at its line', () => {
    const file = corpusPath('parameter-entity.gexf');
    const { status, out } = cli('import', file, '-o', join(dir, 'param.json'));
    expect(status).toBe(1);
    expect(out).toContain(
      `${file}:3:3: cannot read the XML: the DOCTYPE declares a parameter entity "%p;"; Plotweb never loads entities from a DTD or another file — GEXF needs no DTD: delete the <!DOCTYPE …> block`,
    );
  });

  it('reads internal entities as the text written, never expanded', () => {
    const out = join(dir, 'lol.json');
    expect(cli('import', corpusPath('internal-entities.gexf'), '-o', out).status).toBe(0);
  });
});

describe('a reader that stops early', () => {
  it('validate … | head -1 prints one line and no EPIPE stack trace', () => {
    // Enough problem lines to overflow the pipe after head has gone.
    const data = minimalData() as unknown as Record<string, unknown>;
    for (let i = 0; i < 5_000; i++) data[`unknown${i}`] = i;
    const file = join(dir, 'many-problems.json');
    writeFileSync(file, JSON.stringify(data));
    const result = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" --import tsx src/cli/validate.ts "${file}" | head -1`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
  });
});
