// Text in and out of XML attributes without a DOM. XML 1.0 cannot carry U+0000–U+0008,
// U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF or unpaired surrogates, not even as
// character references, so they are removed on export (and on import, if a file has them).

// The complement of XML 1.0's Char production.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with every character XML 1.0 cannot carry removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const ATTRIBUTE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  // Parsers turn literal tabs and line breaks in attributes into spaces; references survive.
  ['\t', '&#9;'],
  ['\n', '&#10;'],
  ['\r', '&#13;'],
]);

export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES.get(ch) ?? ch);
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Decodes the five predefined entities and character references in one pass, so "&amp;#10;"
 * stays the text "&#10;". Other entities (from a DTD) are left as written: DTDs are not read.
 */
export function decodeXmlText(text: string): string {
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED.get(name) ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  return xmlSafe(decoded);
}
