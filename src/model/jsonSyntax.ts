// Where a malformed JSON text goes wrong, as line and column with a fix. Only needed when
// JSON.parse has already failed, so callers load this module on demand.
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Problem } from './problems';

const SYNTAX_HELP: Record<string, { message: string; fix: string }> = {
  InvalidSymbol: {
    message: 'unexpected character',
    fix: 'remove it, or put text in double quotes',
  },
  InvalidNumberFormat: {
    message: 'malformed number',
    fix: 'write numbers like 3 or 2.5, without leading zeros',
  },
  PropertyNameExpected: {
    message: 'expected a field name in double quotes',
    fix: 'write "name": value, and remove any trailing comma before }',
  },
  ValueExpected: {
    message: 'expected a value',
    fix: 'add a value (text in double quotes, a number, true/false, [ ] or { }), or remove the trailing comma',
  },
  ColonExpected: { message: 'expected ":" after the field name', fix: 'write "name": value' },
  CommaExpected: { message: 'expected a comma', fix: 'separate items and fields with commas' },
  CloseBraceExpected: {
    message: 'expected "}"',
    fix: 'close the object, or add the missing comma between fields',
  },
  CloseBracketExpected: {
    message: 'expected "]"',
    fix: 'close the list, or add the missing comma between items',
  },
  EndOfFileExpected: {
    message: 'unexpected text after the end of the data',
    fix: 'a file holds one JSON object; remove what follows it',
  },
  InvalidCommentToken: {
    message: 'comments are not allowed in JSON',
    fix: 'remove the comment (use "notes" fields instead)',
  },
  UnexpectedEndOfComment: {
    message: 'comments are not allowed in JSON',
    fix: 'remove the comment',
  },
  UnexpectedEndOfString: { message: 'text is not closed', fix: 'add the closing double quote' },
  UnexpectedEndOfNumber: { message: 'number is cut off', fix: 'complete the number' },
  InvalidUnicode: { message: 'malformed \\u escape', fix: 'write \\u followed by four hex digits' },
  InvalidEscapeCharacter: {
    message: 'unknown escape sequence',
    fix: 'use \\", \\\\, \\n, \\t or \\uXXXX',
  },
  InvalidCharacter: {
    message: 'control character inside text',
    fix: 'write line breaks as \\n and tabs as \\t',
  },
};

/** The first syntax error in a text that JSON.parse rejected. */
export function locateSyntaxError(text: string, nativeMessage: string): Problem {
  let found: Problem | undefined;
  visit(
    text,
    {
      onError: (code: ParseErrorCode, _offset, _length, line, character) => {
        if (found) return;
        const help = SYNTAX_HELP[printParseErrorCode(code)] ?? {
          message: 'malformed JSON',
          fix: 'check the syntax near this point',
        };
        found = {
          path: [],
          line: line + 1,
          column: character + 1,
          message: `malformed JSON: ${help.message}`,
          fix: help.fix,
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return (
    found ?? {
      path: [],
      line: 1,
      column: 1,
      message: `malformed JSON: ${nativeMessage}`,
      fix: 'check the file with a JSON linter',
    }
  );
}

/**
 * Counts the items of the top-level "relationships" list without building any object, so
 * a tool can refuse an oversized file before parsing it.
 */
export function countRelationships(text: string): number {
  let depth = 0;
  let pending = false;
  let listDepth = -1;
  let count = 0;
  const item = () => {
    if (depth === listDepth) count++;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        item();
        pending = false;
        depth++;
      },
      onArrayBegin: () => {
        item();
        depth++;
        if (pending && depth === 2) listDepth = depth;
        pending = false;
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayEnd: () => {
        if (depth === listDepth) listDepth = -1;
        depth--;
      },
      onLiteralValue: () => {
        item();
        pending = false;
      },
      onObjectProperty: (name) => {
        pending = depth === 1 && name === 'relationships';
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return count;
}
