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
      /** How to fix it, when the refusal knows better than the generic advice. */
      readonly fix?: string;
    };

/** 1-based line and column of a character offset. */
function position(text: string, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

// <!ENTITY name SYSTEM "…">, <!ENTITY name PUBLIC "…" "…"> and <!ENTITY % name …>.
const ENTITY_DECLARATION = /<!ENTITY\s+(%\s*)?([^\s>]+)(?:\s+(SYSTEM|PUBLIC)\b)?/g;

/**
 * A DTD entity Plotweb refuses to read, at its declaration: external entities (XXE) and
 * parameter entities. Internal general entities are harmless: they are never expanded.
 */
function refusedEntity(text: string): XmlReadResult | undefined {
  const doctype = text.indexOf('<!DOCTYPE');
  if (doctype === -1) return undefined;
  ENTITY_DECLARATION.lastIndex = doctype;
  for (let match = ENTITY_DECLARATION.exec(text); match; match = ENTITY_DECLARATION.exec(text)) {
    const [, parameter, name = '', external] = match;
    if (!parameter && !external) continue;
    const what = parameter
      ? `a parameter entity "%${name};"`
      : `an external entity "&${name};" (${external ?? ''})`;
    return {
      ok: false,
      kind: 'refused',
      ...position(text, match.index),
      message: `the DOCTYPE declares ${what}; Plotweb never loads entities from a DTD or another file`,
      fix: parameter
        ? 'GEXF needs no DTD: delete the <!DOCTYPE …> block'
        : `delete the <!DOCTYPE …> block and write the text itself where "&${name};" is used`,
    };
  }
  return undefined;
}

/**
 * Parses XML text. Entities are decoded by decodeXmlText rather than the parser, so
 * character references come out right and DTD entities are never expanded.
 */
export function readXml(text: string, repeated: readonly string[]): XmlReadResult {
  const entity = refusedEntity(text);
  if (entity) return entity;
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
