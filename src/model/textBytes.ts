// A file's bytes as text, the same way in the CLI, the app and the widget: a byte order mark
// decides the encoding (UTF-8, UTF-16 LE or BE), UTF-16 without one is recognised by its zero
// bytes, and anything else must be valid UTF-8: a bad byte is reported with its offset
// rather than silently replaced.
import type { Problem } from './problems';

export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly problem: Problem };

const SAVE_AS_UTF8 = 'save the file again as UTF-8 (in a spreadsheet: "CSV UTF-8")';

function refuse(message: string, fix: string, line?: number, column = 1): DecodedText {
  return {
    ok: false,
    problem: { path: [], message, fix, ...(line === undefined ? {} : { line, column }) },
  };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16 LE' | 'UTF-16 BE', skip: number) {
  if ((bytes.length - skip) % 2 !== 0) {
    return refuse(
      `the file is ${encoding} but ends in the middle of a character (${bytes.length.toLocaleString('en')} bytes)`,
      'the file was cut short; save it again',
    );
  }
  const label = encoding === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be';
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(skip));
    return { ok: true, text, encoding } as const;
  } catch {
    return refuse(`the file is ${encoding} but holds an unpaired surrogate`, SAVE_AS_UTF8);
  }
}

/**
 * The offset where the first invalid UTF-8 sequence starts
 * (overlong forms, surrogates and code points past U+10FFFF included), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAndColumn(bytes: Uint8Array, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  // Columns count characters, as editors show them: continuation bytes are not counted.
  let column = 1;
  for (let i = start; i < offset; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Decodes a data file's bytes, naming the encoding, or says exactly why it cannot. */
export function decodeText(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return refuse('the file is UTF-32 LE, which Plotweb does not read', SAVE_AS_UTF8);
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return refuse('the file is UTF-32 BE, which Plotweb does not read', SAVE_AS_UTF8);
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'UTF-16 LE', 2);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'UTF-16 BE', 2);
  // Without a mark, text that starts with an ASCII character has a zero byte beside it.
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return decodeUtf16(bytes, 'UTF-16 LE', 0);
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return decodeUtf16(bytes, 'UTF-16 BE', 0);
  const skip = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const body = bytes.subarray(skip);
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'UTF-8',
    };
  } catch {
    const at = invalidUtf8Offset(body);
    const offset = (at === -1 ? body.length : at) + skip;
    const value = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const { line, column } = lineAndColumn(bytes, offset);
    return refuse(
      `invalid UTF-8: byte 0x${value} at byte offset ${offset.toLocaleString('en')}`,
      'the file is not UTF-8 (perhaps Windows-1252 or Latin-1); save it again as UTF-8',
      line,
      column,
    );
  }
}
