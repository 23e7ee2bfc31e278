// Reading XML into plain objects with fast-xml-parser (no DOM, so it runs in Node and the
// browser alike), plus small typed accessors and source positions for problems.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlText } from './xmlText';

export type XmlElement = Readonly<Record<string, unknown>>;

const ATTRIBUTE = '@_';
// Typed as the `Symbol` wrapper object by the library; at runtime it is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export type XmlReadResult =
  | { readonly ok: true; readonly root: XmlElement }
  | {
      readonly ok: false;
      /** "syntax": not well-formed XML; "refused": well-formed, but the parser would not read it. */
      readonly kind: 'syntax' | 'refused';
      readonly line?: number;
      readonly column?: number;
      readonly message: string;
    };

/**
 * Parses XML text. Entities are decoded by decodeXmlText rather than the parser, so
 * character references come out right and DTD entities are never expanded.
 */
export function readXml(text: string, repeated: readonly string[]): XmlReadResult {
  const syntax = XMLValidator.validate(text);
  if (syntax !== true) {
    const { line, col: column, msg: message } = syntax.err;
    return { ok: false, kind: 'syntax', line, column, message };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    removeNSPrefix: true,
    processEntities: false,
    captureMetaData: true,
    isArray: (name) => repeated.includes(name),
  });
  try {
    const root: unknown = parser.parse(text);
    return isElement(root)
      ? { ok: true, root }
      : { ok: false, kind: 'syntax', message: 'no root element' };
  } catch (error) {
    // The parser refuses some names (e.g. "constructor") to guard against prototype pollution.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'refused', message };
  }
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child elements with a name, in document order. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An empty element such as <nodes/> parses as "", not as an object.
  return list.filter(isElement);
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** An attribute's decoded value; undefined when absent. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`${ATTRIBUTE}${name}`];
  return typeof value === 'string' ? decodeXmlText(value) : undefined;
}

/** The decoded text content of a child element such as <description>. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  const text = isElement(value) ? value['#text'] : value;
  return typeof text === 'string' ? decodeXmlText(text) : undefined;
}

/** Where an element starts in the text, as a character offset. */
export function offsetOf(element: XmlElement | undefined): number | undefined {
  const meta: unknown =
    element === undefined ? undefined : (element as Record<symbol, unknown>)[META];
  return isElement(meta) && typeof meta.startIndex === 'number' ? meta.startIndex : undefined;
}
