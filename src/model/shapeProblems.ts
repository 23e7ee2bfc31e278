// Turns valibot's shape issues into Plotweb problems with a plain message and a fix.
import type * as v from 'valibot';
import { suggest, quote, type JsonPath, type Problem } from './problems';
import { SCHEMA_VERSION } from './schema';

type Issue = v.BaseIssue<unknown>;
type Schema = v.GenericSchema & {
  entries?: Record<string, Schema>;
  item?: Schema;
  wrapped?: Schema;
  options?: readonly unknown[];
};

const EPISODE_FIELDS = new Set(['from', 'until', 'happened', 'firstEpisode']);

const EXPECTED: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  strict_object: 'an object { … }',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  while (current?.wrapped) current = current.wrapped;
  return current;
}

/** The schema found by following a path from the root (indices step into list items). */
function schemaAt(root: Schema, path: JsonPath): Schema | undefined {
  let schema: Schema | undefined = unwrap(root);
  for (const key of path) {
    if (!schema) return undefined;
    if (typeof key === 'number') schema = schema.item;
    else
      schema =
        schema.entries && Object.hasOwn(schema.entries, key) ? schema.entries[key] : undefined;
    schema = unwrap(schema);
  }
  return schema;
}

function requiredFieldHint(field: string | number | undefined, expected: string): string {
  if (field === 'schemaVersion')
    return `add "schemaVersion": ${SCHEMA_VERSION} at the top of the file`;
  if (field === 'sources')
    return 'add "sources": [{ "source": "<a source id from show.sources>" }]';
  if (typeof field === 'string' && EPISODE_FIELDS.has(field))
    return `add ${quote(field)}: "S1E1" (an episode id or position)`;
  return `add ${quote(String(field))}: ${EXPECTED[expected] ?? expected}`;
}

function pathOf(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function problemFor(root: Schema, issue: Issue): Problem[] {
  const path = pathOf(issue);
  const field = path[path.length - 1];
  const input = issue.input;
  const isEpisodeRef =
    (typeof field === 'string' && EPISODE_FIELDS.has(field)) ||
    (field === 'from' && path.length >= 4);

  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      const entries = schemaAt(root, path.slice(0, -1))?.entries ?? {};
      const allowed = Object.keys(entries);
      // valibot stops at an object's first unknown field; every one of them is reported.
      const parent = issue.path?.[issue.path.length - 1]?.input;
      const keys =
        typeof parent === 'object' && parent !== null
          ? Object.keys(parent).filter((key) => !Object.hasOwn(entries, key))
          : [String(field)];
      return keys.map((key) => ({
        path: [...path.slice(0, -1), key],
        message: `unknown field ${quote(key)}`,
        fix: suggest(key, allowed, `remove it; fields allowed here: ${allowed.join(', ')}`),
      }));
    }
    if (input === undefined) {
      const expected = schemaAt(root, path)?.type ?? issue.type;
      return [
        {
          path,
          message: `missing required field ${quote(String(field))}`,
          fix: requiredFieldHint(field, expected),
        },
      ];
    }
    if (issue.type === 'literal' && field === 'schemaVersion') {
      const newer = typeof input === 'number' && input > SCHEMA_VERSION;
      return [
        {
          path,
          message: `schemaVersion ${typeof input === 'number' ? input : describeValue(input)} is not supported`,
          fix: newer
            ? 'this file was written for a newer Plotweb; update Plotweb'
            : `set "schemaVersion": ${SCHEMA_VERSION}`,
        },
      ];
    }
    if (issue.type === 'picklist') {
      const options = (schemaAt(root, path)?.options ?? []).map(String);
      const list = options.map((option) => quote(option)).join(', ');
      return [
        {
          path,
          message: `${describeValue(input)} is not allowed here`,
          fix:
            typeof input === 'string'
              ? suggest(input, options, `use one of ${list}`)
              : `use one of ${list}`,
        },
      ];
    }
    if (issue.type === 'union') {
      return [
        isEpisodeRef
          ? {
              path,
              message: `${describeValue(input)} is not an episode reference`,
              fix: 'write an episode id such as "S1E3", or its 1-based position such as 3',
            }
          : {
              path,
              message: `${describeValue(input)} is not allowed here`,
              fix: 'write a whole number or text',
            },
      ];
    }
    const expected = EXPECTED[issue.type] ?? issue.expected ?? issue.type;
    return [
      {
        path,
        message: `expected ${expected}, found ${describeValue(input)}`,
        fix: `write ${expected} here`,
      },
    ];
  }

  // Validation issues: the type was right, the value is not.
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'min_length':
      if (typeof input === 'string') {
        return [
          {
            path,
            message: 'must not be empty',
            fix: 'write some text, or remove the field if it is optional',
          },
        ];
      }
      return [
        field === 'sources'
          ? {
              path,
              message: 'needs at least one source',
              fix: 'cite where this comes from: { "source": "<id from show.sources>", "detail": "…" }',
            }
          : { path, message: `needs at least ${String(requirement)} item`, fix: 'add an entry' },
      ];
    case 'min_value':
    case 'max_value':
    case 'integer':
      if (isEpisodeRef) {
        return [
          {
            path,
            message: `${describeValue(input)} is not an episode position`,
            fix: 'positions count from 1; or write an episode id such as "S1E3"',
          },
        ];
      }
      return [
        {
          path,
          message: `${describeValue(input)} is out of range`,
          fix:
            issue.type === 'integer'
              ? 'write a whole number'
              : `write a number ${issue.type === 'min_value' ? 'of at least' : 'of at most'} ${String(requirement)}`,
        },
      ];
    default:
      // regex and url checks carry their own description of a valid value.
      return [
        {
          path,
          message: `${describeValue(input)} is not valid here`,
          fix: `write ${issue.message}`,
        },
      ];
  }
}

export function shapeProblems(root: v.GenericSchema, issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue) => problemFor(root as Schema, issue));
}
