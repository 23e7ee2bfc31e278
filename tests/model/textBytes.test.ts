// Bytes to text: the encoding from the byte order mark, invalid UTF-8 at its exact offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidUtf8Offset } from '../../src/model/textBytes';
import { corpusBytes } from '../fixtures/corpus';

const strictUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('invalidUtf8Offset', () => {
  it('agrees with a strict decoder, and the bytes before the offset are valid', () => {
    // Bytes biased towards the UTF-8 lead and continuation ranges, so sequences are tried.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        const offset = invalidUtf8Offset(bytes);
        expect(offset === -1).toBe(strictUtf8(bytes));
        if (offset !== -1) expect(strictUtf8(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without a mark, UTF-16 LE and BE with one, and UTF-16 LE without', () => {
    const expected = decodeText(corpusBytes('valid-utf8-bom.json'));
    if (!expected.ok) throw new Error(expected.problem.message);
    expect(expected.text.startsWith('{')).toBe(true);
    for (const [file, encoding] of [
      ['valid-utf16le-bom.json', 'UTF-16 LE'],
      ['valid-utf16be-bom.json', 'UTF-16 BE'],
      ['valid-utf16le-nobom.json', 'UTF-16 LE'],
    ] as const) {
      const decoded = decodeText(corpusBytes(file));
      expect(decoded).toEqual({ ok: true, text: expected.text, encoding });
    }
  });

  it('reports the first invalid byte with its offset, line and column', () => {
    const decoded = decodeText(corpusBytes('invalid-utf8-latin1.json'));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toMatchObject({
      line: 27,
      column: 17,
      message: 'invalid UTF-8: byte 0xE9 at byte offset 364',
    });
  });

  it('names UTF-32 instead of misreading it', () => {
    const decoded = decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem.message).toMatch(/UTF-32 LE/);
  });
});
