// One size rule for what Plotweb writes and reads: `import` never writes a file that
// `validate` would refuse as over the limit; it fails first, with the figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/model';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plotweb-size-'));

describe('npm run import and the size limit', () => {
  it('exits 1 with the figure when the JSON would be over the limit, and writes nothing', () => {
    // 10 MB of CSV whose notes hold control characters: each becomes six bytes ("\u0001")
    // in JSON, so the show's file would be well over 50 MB while its inputs are not.
    const count = 2000;
    const characters = join(dir, 'characters.csv');
    const relationships = join(dir, 'relationships.csv');
    writeFileSync(
      characters,
      `id,name\n${Array.from({ length: count }, (_, i) => `c${i},C${i}\n`).join('')}`,
    );
    const note = '\u0001'.repeat(5000);
    writeFileSync(
      relationships,
      `source,target,type,from,note\n${Array.from(
        { length: count },
        (_, i) => `c${i},c${(i + 1) % count},friend,1,"${note}"\n`,
      ).join('')}`,
    );
    const out = join(dir, 'show.json');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/import.ts',
        '--characters',
        characters,
        '--relationships',
        relationships,
        '-o',
        out,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    const line = result.stdout.split('\n').find((text) => text.startsWith(`${out}: `)) ?? '';
    const figure =
      /the show's JSON would be (\d+\.\d) MB, over the 50 MB limit that validate, the app and the widget read; it was not written — split the show/.exec(
        line,
      );
    expect(figure, result.stdout).not.toBeNull();
    expect(Number(figure?.[1])).toBeGreaterThan(MAX_FILE_BYTES / (1024 * 1024));
    expect(result.stdout).toContain(`1 problem; ${out} was not written`);
    expect(existsSync(out)).toBe(false);
  });
});
