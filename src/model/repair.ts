// The repair step: a file whose only problems are warnings loads with each warning's repair
// applied, so what is shown is what the warnings say. Repairs copy along their path and
// never change the object they were given.
import { isWarning, type JsonPath, type Problem, type Repair } from './problems';

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

function setAt(value: unknown, path: JsonPath, next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (!isContainer(value)) return value;
  if (Array.isArray(value)) {
    if (typeof key !== 'number' || key >= value.length) return value;
    const copy = [...value];
    copy[key] = setAt(copy[key], rest, next);
    return copy;
  }
  if (typeof key !== 'string' || !Object.hasOwn(value, key)) return value;
  return { ...value, [key]: setAt(value[key], rest, next) };
}

/** The data with every repair applied, in order. */
export function applyRepairs<T>(data: T, repairs: readonly Repair[]): T {
  let repaired: unknown = data;
  for (const repair of repairs) repaired = setAt(repaired, repair.path, repair.value);
  return repaired as T;
}

export interface Repaired<T> {
  readonly data: T;
  readonly warnings: readonly Problem[];
}

/** Repairs the warnings among `problems`; the caller has checked that none is an error. */
export function repairWarnings<T>(data: T, problems: readonly Problem[]): Repaired<T> {
  const warnings = problems.filter(isWarning);
  const repairs = warnings.flatMap((warning) => (warning.repair ? [warning.repair] : []));
  return { data: applyRepairs(data, repairs), warnings };
}
