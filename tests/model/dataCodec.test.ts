import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PACKED_CHARS, packedFromHash, packShow, unpackShow } from '../../src/model/dataCodec';
import { hostileStrings } from '../fixtures/corpus';
import { shippedDataset } from '../fixtures/data';

const base64url = (bytes: Buffer) => bytes.toString('base64url');

describe('packing a show for a link', () => {
  it('round-trips the shipped show, smaller than its JSON, without $schema', async () => {
    const data = shippedDataset();
    const packed = await packShow({ $schema: 'https://example.com/v2.json', ...data });
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.length).toBeLessThan(JSON.stringify(data).length / 2);
    const unpacked = await unpackShow(packed);
    expect(unpacked.ok && JSON.parse(unpacked.text)).toEqual(
      Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema')),
    );
  });

  it('round-trips any text, hostile strings included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...hostileStrings(), 'x')), async (names) => {
        const unpacked = await unpackShow(await packShow({ names }));
        expect(unpacked.ok && JSON.parse(unpacked.text)).toEqual({ names });
      }),
      { numRuns: 30 },
    );
  });

  it('refuses damaged, oversized and bomb-like input with a fix', async () => {
    for (const bad of ['not*base64', 'AAAA', base64url(Buffer.from('plain text'))]) {
      const result = await unpackShow(bad);
      expect(result.ok).toBe(false);
    }
    const long = await unpackShow('A'.repeat(MAX_PACKED_CHARS + 1));
    expect(long).toMatchObject({ ok: false, fix: expect.stringContaining('src=') });
    // 10 MB of zeros packs to a few KB; with a 1 MB cap it is refused before it is all read.
    const bomb = base64url(deflateRawSync(Buffer.alloc(10 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(20_000);
    const result = await unpackShow(bomb, 1024 * 1024);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('more than 1 MB') });
  });

  it('finds the packed show in a fragment, beside WordPress’s secret', () => {
    expect(packedFromHash('#data=abc_-1')).toBe('abc_-1');
    expect(packedFromHash('#data=abc&secret=XYZ')).toBe('abc');
    expect(packedFromHash('#?secret=XYZ&data=q')).toBe('q');
    expect(packedFromHash('#secret=XYZ')).toBeUndefined();
  });
});
