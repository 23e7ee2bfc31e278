// What a set of dropped (or chosen) files asks for, decided from names and sizes alone, so
// nothing is read before it is known to be wanted and small enough to read.
import { checkFileSize } from '../../model';
// The problem-line format only: the importers themselves (papaparse, the XML parser) are
// loaded on demand, when a CSV or GEXF file is actually opened.
import { formatInteropProblem } from '../../model/interop/interopProblem';

/** What classification needs of a file; a browser `File` is one. */
export interface NamedFile {
  readonly name: string;
  readonly size: number;
}

export type CsvRole = 'characters' | 'relationships' | 'episodes' | 'types';

export interface CsvSet<F extends NamedFile> {
  readonly characters: F;
  readonly relationships: F;
  readonly episodes?: F;
  readonly types?: F;
}

export type FilePlan<F extends NamedFile> =
  | { readonly kind: 'json'; readonly file: F }
  | { readonly kind: 'gexf'; readonly file: F }
  | { readonly kind: 'csv'; readonly files: CsvSet<F> };

export type Classified<F extends NamedFile> =
  | { readonly ok: true; readonly plan: FilePlan<F> }
  | { readonly ok: false; readonly problems: readonly string[] };

export const ACCEPTED_EXTENSIONS = '.json,.gexf,.csv';
const WHAT_TO_DROP = 'a Plotweb .json file, a .gexf file, or a characters + relationships CSV pair';

/** The word in a CSV's name that says which table it holds. */
const ROLE_WORDS: readonly (readonly [CsvRole, string])[] = [
  ['characters', 'character'],
  ['relationships', 'relationship'],
  ['episodes', 'episode'],
  ['types', 'type'],
];

const line = (file: string, message: string, fix: string) =>
  formatInteropProblem({ file, message, fix });

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

const listNames = (files: readonly NamedFile[]) => files.map((file) => file.name).join(', ');

/** The roles a CSV's name claims; "relationship_types.csv" is a types table. */
function rolesOf(name: string): CsvRole[] {
  const base = name.toLowerCase().replace(/\.csv$/, '');
  const roles = ROLE_WORDS.filter(([, word]) => base.includes(word)).map(([role]) => role);
  return roles.includes('types') && roles.length === 2 && roles.includes('relationships')
    ? ['types']
    : roles;
}

function classifyCsv<F extends NamedFile>(files: readonly F[]): Classified<F> {
  const problems: string[] = [];
  const byRole = new Map<CsvRole, F[]>();
  for (const file of files) {
    const roles = rolesOf(file.name);
    const [role] = roles;
    if (role === undefined) {
      problems.push(
        line(
          file.name,
          'cannot tell which table this CSV holds',
          'put "characters", "relationships", "episodes" or "types" in its name (e.g. relationships.csv)',
        ),
      );
    } else if (roles.length > 1) {
      problems.push(
        line(
          file.name,
          `the name mentions ${roles.map((r) => `"${r}"`).join(' and ')}, so it is unclear which table it holds`,
          'rename it so that only one of them appears (e.g. characters.csv)',
        ),
      );
    } else {
      byRole.set(role, [...(byRole.get(role) ?? []), file]);
    }
  }
  for (const [role, same] of byRole) {
    if (same.length > 1)
      problems.push(
        line(
          listNames(same),
          `${same.length} files look like the ${role} table`,
          `drop one ${role} CSV per show`,
        ),
      );
  }
  const characters = byRole.get('characters')?.[0];
  const relationships = byRole.get('relationships')?.[0];
  const partner = characters ?? relationships ?? files[0];
  for (const [role, file] of [
    ['characters', characters],
    ['relationships', relationships],
  ] as const) {
    if (file === undefined && partner !== undefined)
      problems.push(
        line(
          partner.name,
          `the ${role} CSV is missing`,
          `open it together with the show's ${role} file (a .csv whose name contains "${role}")`,
        ),
      );
  }
  if (problems.length > 0 || !characters || !relationships) return { ok: false, problems };
  const episodes = byRole.get('episodes')?.[0];
  const types = byRole.get('types')?.[0];
  return {
    ok: true,
    plan: {
      kind: 'csv',
      files: {
        characters,
        relationships,
        ...(episodes === undefined ? {} : { episodes }),
        ...(types === undefined ? {} : { types }),
      },
    },
  };
}

/** A JSON, a GEXF or a CSV set, or every reason the files cannot be opened as one show. */
export function classifyFiles<F extends NamedFile>(files: readonly F[]): Classified<F> {
  if (files.length === 0)
    return {
      ok: false,
      problems: [line('(no file)', 'nothing to open', `choose ${WHAT_TO_DROP}`)],
    };
  const problems: string[] = [];
  for (const file of files) {
    const extension = extensionOf(file.name);
    const tooBig = checkFileSize(file.size);
    if (!['json', 'gexf', 'csv'].includes(extension)) {
      problems.push(
        line(file.name, 'Plotweb cannot open this kind of file', `drop ${WHAT_TO_DROP}`),
      );
    } else if (tooBig) {
      problems.push(line(file.name, tooBig.message, tooBig.fix));
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  if (files.every((file) => extensionOf(file.name) === 'csv')) return classifyCsv(files);
  const [file] = files;
  if (files.length > 1 || file === undefined)
    return {
      ok: false,
      problems: [
        line(
          listNames(files),
          'one show opens at a time, and a .json or .gexf file holds a whole show',
          'drop a single .json or .gexf file, or only the CSV files of one show',
        ),
      ],
    };
  const kind = extensionOf(file.name) === 'json' ? 'json' : 'gexf';
  return { ok: true, plan: { kind, file } };
}

/** The files a plan reads, for naming them in a banner ("a.csv, b.csv and c.csv"). */
export function planLabel(plan: FilePlan<NamedFile>): string {
  if (plan.kind !== 'csv') return plan.file.name;
  const { characters, relationships, episodes, types } = plan.files;
  const names = [characters, relationships, episodes, types].flatMap((file) =>
    file ? [file.name] : [],
  );
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
