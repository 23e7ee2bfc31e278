// A show packed into a link or a snippet: compact JSON, deflate-raw (CompressionStream),
// base64url. It travels in a URL fragment (#data=…), which browsers never send to a server.
// Unpacking treats the text as untrusted: the packed length and the unpacked size are
// capped before anything is parsed, and the result goes through the usual validator.
// Not in the model's index: the widget loads it only for a carried (#data=) show.
import { MAX_FILE_BYTES } from './jsonText';

/** Longest packed text accepted from a link or snippet (about 3 MB of compressed data). */
export const MAX_PACKED_CHARS = 4 * 1024 * 1024;

export type Unpacked =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly fix: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

// The DOM and Node typings disagree on these streams' chunk types (BufferSource vs Uint8Array);
// both carry Uint8Array chunks here.
const deflate = (format: 'compress' | 'decompress') =>
  (format === 'compress'
    ? new CompressionStream('deflate-raw')
    : new DecompressionStream('deflate-raw')) as unknown as TransformStream<Uint8Array, Uint8Array>;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

/** A data file's value as compact JSON, without its `$schema` pointer (an editor's aid). */
export function showJson(data: object): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema')),
  );
}

/** A data file's value, packed for a link: its compact JSON, deflated, base64url. */
export async function packShow(data: object): Promise<string> {
  const json = new TextEncoder().encode(showJson(data));
  const packed = streamOf(json).pipeThrough(deflate('compress'));
  return toBase64Url((await readAll(packed, Number.POSITIVE_INFINITY)) ?? new Uint8Array());
}

export async function unpackShow(packed: string, maxBytes = MAX_FILE_BYTES): Promise<Unpacked> {
  const broken = {
    ok: false,
    message: 'the show in this link is damaged or cut short',
    fix: 'copy the whole link or snippet again; some editors cut long lines',
  } as const;
  if (packed.length > MAX_PACKED_CHARS) {
    return {
      ok: false,
      message: `the show in this link is ${packed.length.toLocaleString('en')} characters long, over the ${MAX_PACKED_CHARS.toLocaleString('en')} limit`,
      fix: 'host the data file and point the embed at it with src=',
    };
  }
  const bytes = fromBase64Url(packed);
  if (!bytes) return broken;
  try {
    const stream = streamOf(bytes).pipeThrough(deflate('decompress'));
    const text = await readAll(stream, maxBytes);
    if (!text) {
      return {
        ok: false,
        message: `the show in this link unpacks to more than ${maxBytes / (1024 * 1024)} MB`,
        fix: 'host the data file and point the embed at it with src=',
      };
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(text) };
  } catch {
    return broken;
  }
}

/** The packed show in a URL fragment such as `#data=…&secret=…`, if any. */
export function packedFromHash(hash: string): string | undefined {
  return /[#&]data=([A-Za-z0-9_-]*)/.exec(hash)?.[1];
}
