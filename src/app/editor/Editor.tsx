// The editor for one saved show: its title, undo and redo, downloads and import, the
// problem summary, one grid per table, and the live explorer beside it. Every change goes
// through the validator at once; the preview follows whenever the data is valid.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { validateGraphData } from '../../model';
import { ImportProgress } from '../dropImport/ImportProgress';
import { startImport, type ImportJob } from '../dropImport/importJob';
import type { ReadableFile } from '../dropImport/openFiles';
import type { ImportProgressState } from '../dropImport/useDropImport';
import type { ThemeChoice } from '../urlState';
import { problemText, problemsByCell, type PlacedProblem } from './cellProblems';
import { TABLES, rowsOf, tableNamed, type Column, type TableName } from './columns';
import { DownloadMenu } from './DownloadMenu';
import { addRow, deleteRow, editCell, setTitle } from './edits';
import { EditorGrid } from './EditorGrid';
import { EditorTabs } from './EditorTabs';
import { ImportButton } from './ImportButton';
import { Preview } from './Preview';
import { ProblemSummary } from './ProblemSummary';
import type { SavedShow, ShowStore } from './store';
import { useEditedShow, type SaveStatus } from './useEditedShow';

interface Props {
  readonly saved: SavedShow;
  readonly store: ShowStore;
  readonly theme: 'light' | 'dark';
  readonly themeChoice: ThemeChoice;
  /** Called after each save, so a list of the shows can show the new title and time. */
  readonly onSaved?: () => void;
  /** Shown under the grids: the list of the user's shows. */
  readonly children?: ReactNode;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved in this browser',
  saving: 'Saving…',
  failed: 'Could not save in this browser: download the show to keep it',
};

export function Editor({ saved, store, theme, themeChoice, onSaved, children }: Props) {
  const edited = useEditedShow(saved, store, onSaved);
  const { data, change } = edited;
  const [tab, setTab] = useState<TableName>('characters');
  const [imported, setImported] = useState<{ label: string; problems: readonly string[] }>();
  // An import runs in a worker; its progress shows with a Cancel that leaves the data as it was.
  const [importing, setImporting] = useState<ImportProgressState>();
  const importJob = useRef<ImportJob>(undefined);
  useEffect(() => () => importJob.current?.cancel(), []);
  const result = useMemo(() => validateGraphData(data), [data]);
  const problems = useMemo(() => (result.ok ? [] : result.problems), [result]);
  const byCell = useMemo(() => problemsByCell(problems), [problems]);
  const problemCounts = useMemo(() => {
    const counts = new Map<TableName, number>();
    for (const problem of problems) {
      const table = TABLES.find((entry) => entry.name === problem.path[0]);
      if (table) counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
    }
    return counts;
  }, [problems]);
  const rowCounts = new Map(TABLES.map((table) => [table.name, rowsOf(data, table.name).length]));
  const titleProblems = problems.filter(
    (problem) => problem.path[0] === 'show' && problem.path[1] === 'title',
  );

  // A problem chosen in the summary: show its tab, then focus its cell once it is drawn.
  const goTo = useRef<PlacedProblem>(undefined);
  useEffect(() => {
    const placed = goTo.current;
    goTo.current = undefined;
    if (!placed || placed.table === undefined || placed.row === undefined) return;
    const field = placed.field ?? tableNamed(placed.table).columns[0]?.field ?? 'id';
    document.getElementById(`edit-${placed.table}-${placed.row}-${field}`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      event.preventDefault();
      if (event.shiftKey) edited.redo();
      else edited.undo();
    } else if (key === 'y') {
      event.preventDefault();
      edited.redo();
    }
  };

  const cancelImport = () => {
    importJob.current?.cancel();
    importJob.current = undefined;
    setImporting(undefined);
  };

  const importFiles = (files: readonly ReadableFile[]) => {
    importJob.current?.cancel();
    const label = files.map((file) => file.name).join(', ');
    setImporting({ label, stage: 'read' });
    let current = true;
    const job = startImport(files, {
      strict: false,
      onStage: (stage) => {
        if (current) setImporting({ label, stage });
      },
    });
    importJob.current = job;
    void job.result.then(() => (current = false));
    void job.result.then((opened) => {
      if (importJob.current !== job || opened === undefined) return;
      importJob.current = undefined;
      setImporting(undefined);
      if (!opened.ok) {
        setImported({ label: opened.label, problems: opened.problems });
        return;
      }
      setImported({ label: opened.label, problems: [] });
      change(opened.data);
    });
  };

  const table = tableNamed(tab);
  const onEdit = (row: number, column: Column, value: string | boolean) =>
    change(editCell(data, tab, row, column, value), `${tab}:${row}:${column.field}`);

  return (
    <div className="editor-page">
      <section className="editor" aria-labelledby="editor-heading" onKeyDown={onKeyDown}>
        <div className="editor-bar">
          <h2 id="editor-heading" className="editor-heading">
            Edit data
          </h2>
          <label className="field editor-title">
            <span>Title</span>
            <input
              type="text"
              value={data.show.title}
              aria-invalid={titleProblems.length > 0 ? true : undefined}
              aria-describedby={titleProblems.length > 0 ? 'editor-title-problem' : undefined}
              onChange={(event) => change(setTitle(data, event.target.value), 'title')}
            />
          </label>
          {titleProblems.length > 0 && (
            <span id="editor-title-problem" className="editor-problem">
              {titleProblems.map(problemText).join('; ')}
            </span>
          )}
          <div className="editor-actions">
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Control+Z Meta+Z"
              disabled={edited.history.past.length === 0}
              onClick={edited.undo}
            >
              Undo
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
              disabled={edited.history.future.length === 0}
              onClick={edited.redo}
            >
              Redo
            </button>
            <DownloadMenu data={data} valid={result.ok} />
            <ImportButton onFiles={importFiles} />
          </div>
          <p className="editor-status">{STATUS_TEXT[edited.status]}</p>
        </div>
        {importing && <ImportProgress opening={importing} onCancel={cancelImport} />}
        {imported && (
          <div
            className={imported.problems.length ? 'editor-import-problems' : 'notice'}
            role="alert"
          >
            {imported.problems.length === 0 ? (
              <p>Replaced the data with {imported.label}. Undo brings the previous data back.</p>
            ) : (
              <>
                <p>{imported.label} could not be imported; nothing was changed.</p>
                <ul>
                  {imported.problems.map((line, index) => (
                    <li key={index}>
                      <code>{line}</code>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" className="button" onClick={() => setImported(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        <ProblemSummary
          problems={problems}
          onGoTo={(placed) => {
            goTo.current = placed;
            // Selecting the tab renders; the effect then focuses the cell.
            if (placed.table) setTab(placed.table);
          }}
        />
        <EditorTabs
          selected={tab}
          onSelect={setTab}
          problemCounts={problemCounts}
          rowCounts={rowCounts}
        >
          <EditorGrid
            key={tab}
            table={table}
            data={data}
            problems={byCell}
            onEdit={onEdit}
            onAdd={() => change(addRow(data, tab).data)}
            onDelete={(row) => change(deleteRow(data, tab, row))}
          />
        </EditorTabs>
        {children}
      </section>
      <Preview result={result} theme={theme} themeChoice={themeChoice} />
    </div>
  );
}
