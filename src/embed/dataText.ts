// A downloaded data file's bytes as text, for readShow.ts only: the decoder stays out of the
// widget's first script.
import { decodeText } from '../model/textBytes';

/**
 * A downloaded data file's text, or what is wrong with its bytes: the same on the page and
 * in the parse worker (parse.worker.ts).
 */
export function textFromBytes(
  bytes: Uint8Array,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column, message, fix } = decoded.problem;
    const where = line === undefined ? '' : `${line}:${column ?? 1}: `;
    return { ok: false, message: `${where}${message} — ${fix}` };
  }
  if (/^\s*</.test(decoded.text)) {
    return {
      ok: false,
      message: 'the server sent a web page, not a data file; check the address',
    };
  }
  return { ok: true, text: decoded.text };
}
