// Reads one CSV file into rows keyed by column, with the line each row starts on, using
// papaparse for quoting. Headers are matched ignoring case, spaces, "_" and "-", in any order.
import Papa from 'papaparse';
import { quote, suggest } from '../problems';
import { unguardFormula } from './csvCells';
import { lineLocator, type CsvProblem } from './interopProblem';

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

export interface ColumnSpec {
  /** Column names as documented, e.g. "first_episode". */
  readonly columns: readonly string[];
  readonly required: readonly string[];
}

export interface CsvRow {
  /** Line on which the row starts; the header is row 1 unless blank lines come first. */
  readonly row: number;
  /** The cell as written (after a formula guard `'` is dropped); undefined when blank. */
  text(column: string): string | undefined;
  /** The cell without surrounding spaces, for ids and references; undefined when blank. */
  word(column: string): string | undefined;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly problems: readonly CsvProblem[];
}

interface CsvRecord {
  readonly cells: string[];
  readonly row: number;
  /** A quoting error and the index of the cell it is in. */
  readonly error?: { readonly message: string; readonly cell: number };
}

const headerKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
function detectDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Index of the cell holding `offset` in a record's raw text. */
function cellIndexAt(raw: string, offset: number, delimiter: string): number {
  let cell = 0;
  let quoted = false;
  for (let i = 0; i < offset && i < raw.length; i++) {
    if (raw[i] === '"') quoted = !quoted;
    else if (raw[i] === delimiter && !quoted) cell++;
  }
  return cell;
}

function readRecords(text: string): CsvRecord[] {
  const delimiter = detectDelimiter(text);
  const lineOf = lineLocator(text);
  const records: CsvRecord[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const row = lineOf(start).line;
      const raw = text.slice(start, result.meta.cursor);
      const first = result.errors[0];
      const error = first && {
        message: first.message,
        cell: cellIndexAt(raw, (first.index ?? start) - start, delimiter),
      };
      start = result.meta.cursor;
      // Blank lines, and lines of only spaces or empty cells, are skipped.
      if (!error && result.data.every((cell) => cell.trim() === '')) return;
      records.push(error ? { cells: result.data, row, error } : { cells: result.data, row });
    },
  });
  return records;
}

export function readCsvTable(file: CsvFile, spec: ColumnSpec): CsvTable {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const problems: CsvProblem[] = [];
  const problem = (row: number, column: string, message: string, fix: string) =>
    problems.push({ file: file.name, row, column, message, fix });

  const records = readRecords(text);
  const header = records.shift();
  if (header === undefined) {
    const columns = spec.columns.join(', ');
    problem(
      1,
      spec.columns[0] ?? 'id',
      'the file is empty',
      `start it with a header row: ${columns}`,
    );
    return { rows: [], problems };
  }

  // The column each cell belongs to; undefined for unknown, repeated or unnamed columns.
  const columnAt: (string | undefined)[] = [];
  const known = new Map(spec.columns.map((column) => [headerKey(column), column]));
  const headerName = (index: number) => {
    const name = header.cells[index]?.trim() ?? '';
    return name === '' ? `column ${index + 1}` : name;
  };
  header.cells.forEach((raw, index) => {
    const name = raw.trim();
    const column = known.get(headerKey(name));
    if (column === undefined) {
      // Spreadsheets often write an empty last column; it is harmless while its cells are empty.
      const unused = records.every((record) => (record.cells[index] ?? '').trim() === '');
      if (name !== '' || !unused) {
        const otherwise = `rename or remove it; the columns here are ${spec.columns.join(', ')}`;
        problem(
          header.row,
          headerName(index),
          `unknown column ${quote(name)} in the header row`,
          suggest(name, spec.columns, otherwise),
        );
      }
    } else if (columnAt.includes(column)) {
      problem(
        header.row,
        headerName(index),
        `column ${quote(column)} appears twice in the header row`,
        'keep one of them',
      );
      columnAt.push(undefined);
      return;
    }
    columnAt.push(column);
  });
  for (const column of spec.required) {
    if (!columnAt.includes(column)) {
      problem(
        header.row,
        column,
        `missing column ${quote(column)} in the header row`,
        `add a ${quote(column)} column; this file needs ${spec.required.join(', ')}`,
      );
    }
  }

  for (const record of [header, ...records]) {
    if (record.error) {
      problem(
        record.row,
        headerName(record.error.cell),
        `cannot read this row: ${record.error.message.toLowerCase()}`,
        'close every quote that opens a cell, and write a quote inside a quoted cell as ""',
      );
    }
  }

  const rows = records.map<CsvRow>((record) => {
    const cells = new Map<string, string>();
    record.cells.forEach((cell, index) => {
      const column = columnAt[index];
      if (column !== undefined) cells.set(column, unguardFormula(cell));
      else if (index >= header.cells.length && cell.trim() !== '') {
        problem(
          record.row,
          `column ${index + 1}`,
          `cell ${quote(cell)} has no column in the header row`,
          'remove it, or quote the cell it belongs to if it holds the separator',
        );
      }
    });
    const text = (column: string) => {
      const value = cells.get(column);
      return value === undefined || value.trim() === '' ? undefined : value;
    };
    return { row: record.row, text, word: (column) => text(column)?.trim() };
  });
  return { rows, problems };
}
