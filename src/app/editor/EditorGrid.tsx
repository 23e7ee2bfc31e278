// One table of the show as a grid of inputs: a row per entry, a column per field. Each
// input is named by its column and described by its row header and its problems. Arrow
// keys and Enter move between cells as in a spreadsheet; Tab still leaves the grid.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { BUILT_IN_TYPES, type GraphData, type Problem } from '../../model';
import { cellKey, problemText } from './cellProblems';
import { cellText, rowsOf, type Column, type RowValues, type Table } from './columns';

interface Props {
  readonly table: Table;
  readonly data: GraphData;
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  readonly onEdit: (row: number, column: Column, value: string | boolean) => void;
  readonly onAdd: () => void;
  readonly onDelete: (row: number) => void;
}

interface Option {
  readonly value: string;
  readonly label: string;
}

function optionsFor(column: Column, data: GraphData): readonly Option[] | undefined {
  switch (column.kind) {
    case 'episode':
      return data.episodes.map(({ id, title }) => ({
        value: id,
        label: title ? `${id} — ${title}` : id,
      }));
    case 'character':
      return data.characters.map(({ id, name }) => ({
        value: id,
        label: name && name !== id ? `${name} (${id})` : id,
      }));
    case 'type': {
      const ids = [
        ...BUILT_IN_TYPES.map((type) => type.id),
        ...(data.types ?? []).map((t) => t.id),
      ];
      return [...new Set(ids)].map((id) => ({ value: id, label: id }));
    }
    case 'citation':
      return data.show.sources.map(({ id, title }) => ({ value: id, label: `${title} (${id})` }));
    case 'choice':
      return column.options.map((value) => ({ value, label: value }));
    default:
      return undefined;
  }
}

const optional = (column: Column) =>
  column.kind === 'choice' || (column.kind === 'episode' && !column.required);

/** Moves focus by a row and column step, if there is a cell there. */
function moveFocus(grid: HTMLElement, from: HTMLElement, rows: number, columns: number): boolean {
  const row = Number(from.dataset.row) + rows;
  const column = Number(from.dataset.col) + columns;
  const next = grid.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`);
  if (!next) return false;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  return true;
}

function onGridKey(event: KeyboardEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (target.dataset.row === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  const text = target instanceof HTMLInputElement && target.type === 'text' ? target : undefined;
  const field = target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
  // A select keeps its own up/down (changing the choice); a text cell keeps left/right
  // for its caret until the caret reaches the end of the text.
  const atStart = !text || (text.selectionStart === 0 && text.selectionEnd === 0);
  const atEnd =
    !text || (text.selectionStart === text.value.length && text.selectionEnd === text.value.length);
  const select = target instanceof HTMLSelectElement;
  let step: [number, number] | undefined;
  if (event.key === 'ArrowUp' && !select) step = [-1, 0];
  else if (event.key === 'ArrowDown' && !select) step = [1, 0];
  else if (event.key === 'ArrowLeft' && atStart) step = [0, -1];
  else if (event.key === 'ArrowRight' && atEnd) step = [0, 1];
  else if (event.key === 'Enter' && field) step = [event.shiftKey ? -1 : 1, 0];
  if (step && moveFocus(event.currentTarget, target, ...step)) event.preventDefault();
}

export function EditorGrid({ table, data, problems, onEdit, onAdd, onDelete }: Props) {
  const rows = rowsOf(data, table.name);
  const grid = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After adding or deleting a row, focus goes where the user expects: the new row's
  // first cell, or the next row's delete button (the Add button when none is left).
  const focusAfterRef = useRef<{ row: number; col: number | 'delete' }>(undefined);
  useEffect(() => {
    const focusAfter = focusAfterRef.current;
    focusAfterRef.current = undefined;
    if (!focusAfter || !grid.current) return;
    const col = focusAfter.col === 'delete' ? table.columns.length : focusAfter.col;
    const row = Math.min(focusAfter.row, rows.length - 1);
    const cell = grid.current.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    (cell ?? addButton.current)?.focus();
  });

  const idOf = (row: number, field: string) => `edit-${table.name}-${row}-${field}`;

  const cell = (row: RowValues, index: number, column: Column, col: number) => {
    const id = idOf(index, column.field);
    const cellProblems = problems.get(cellKey(table.name, index, column.field)) ?? [];
    const problemId = `${id}-problem`;
    const described = [
      `edit-${table.name}-${index}-head`,
      ...(cellProblems.length ? [problemId] : []),
    ];
    const common = {
      id,
      'data-row': index,
      'data-col': col,
      'aria-label': column.label,
      'aria-describedby': described.join(' '),
      'aria-invalid': cellProblems.length > 0 ? true : undefined,
    } as const;
    const value = cellText(row, column);
    const options = optionsFor(column, data);
    let input;
    if (column.kind === 'flag') {
      input = (
        <input
          {...common}
          type="checkbox"
          checked={row[column.field] === true}
          onChange={(event) => onEdit(index, column, event.target.checked)}
        />
      );
    } else if (options) {
      // A value the pickers do not know (a typo in an imported file) stays visible and is
      // flagged by the validator, rather than silently turning into the first choice.
      const known = value === '' || options.some((option) => option.value === value);
      input = (
        <select
          {...common}
          value={value}
          onChange={(event) => onEdit(index, column, event.target.value)}
        >
          {(optional(column) || value === '') && (
            <option value="">{optional(column) ? '—' : 'Choose…'}</option>
          )}
          {!known && <option value={value}>{value} (unknown)</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    } else {
      input = (
        <input
          {...common}
          type="text"
          value={value}
          spellCheck={column.field === 'id' ? false : undefined}
          autoComplete="off"
          onChange={(event) => onEdit(index, column, event.target.value)}
        />
      );
    }
    return (
      <td key={column.field} className={`editor-cell editor-cell-${column.kind}`}>
        {input}
        {cellProblems.length > 0 && (
          <span id={problemId} className="editor-problem">
            {cellProblems.map(problemText).join('; ')}
          </span>
        )}
      </td>
    );
  };

  return (
    <div className="editor-table">
      {table.kept && <p className="editor-kept">{table.kept}</p>}
      <div className="editor-scroll">
        <table ref={grid} className="editor-grid" onKeyDown={onGridKey}>
          <caption className="editor-sr-only">{table.label}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="editor-sr-only">Row</span>
              </th>
              {table.columns.map((column) => (
                <th key={column.field} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col">
                <span className="editor-sr-only">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowProblems = problems.get(cellKey(table.name, index, undefined)) ?? [];
              const name =
                typeof row.name === 'string' && row.name ? row.name : String(row.id ?? '');
              return (
                <tr key={index} aria-invalid={rowProblems.length > 0 ? true : undefined}>
                  <th
                    scope="row"
                    id={`edit-${table.name}-${index}-head`}
                    className="editor-row-head"
                  >
                    <span className="editor-sr-only">Row </span>
                    {index + 1}
                    {rowProblems.length > 0 && (
                      <span className="editor-problem">
                        {rowProblems.map(problemText).join('; ')}
                      </span>
                    )}
                  </th>
                  {table.columns.map((column, col) => cell(row, index, column, col))}
                  <td>
                    <button
                      type="button"
                      className="button editor-delete"
                      data-row={index}
                      data-col={table.columns.length}
                      aria-label={`Delete ${table.singular} ${index + 1}${name ? ` (${name})` : ''}`}
                      onClick={() => {
                        onDelete(index);
                        focusAfterRef.current = { row: index, col: 'delete' };
                      }}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        ref={addButton}
        type="button"
        className="button"
        onClick={() => {
          onAdd();
          focusAfterRef.current = { row: rows.length, col: 0 };
        }}
      >
        Add {table.singular}
      </button>
    </div>
  );
}
