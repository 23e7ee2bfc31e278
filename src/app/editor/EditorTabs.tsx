// The editor's tabs, one per table, as the ARIA tabs pattern: the selected tab is the one
// Tab stop, arrow keys (and Home/End) move between tabs and select them.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { TABLES, type TableName } from './columns';

interface Props {
  readonly selected: TableName;
  readonly onSelect: (table: TableName) => void;
  /** How many problems each table has, shown on its tab. */
  readonly problemCounts: ReadonlyMap<TableName, number>;
  readonly rowCounts: ReadonlyMap<TableName, number>;
  readonly children: ReactNode;
}

export const tabId = (table: TableName) => `editor-tab-${table}`;
export const panelId = (table: TableName) => `editor-panel-${table}`;

export function EditorTabs({ selected, onSelect, problemCounts, rowCounts, children }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent) => {
    const at = TABLES.findIndex((table) => table.name === selected);
    const last = TABLES.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % TABLES.length
        : event.key === 'ArrowLeft'
          ? (at + last) % TABLES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const table = to === undefined ? undefined : TABLES[to];
    if (!table) return;
    event.preventDefault();
    onSelect(table.name);
    list.current?.querySelector<HTMLElement>(`#${tabId(table.name)}`)?.focus();
  };
  return (
    <div className="editor-tabs">
      <div ref={list} role="tablist" aria-label="Tables" onKeyDown={onKey}>
        {TABLES.map((table) => {
          const problems = problemCounts.get(table.name) ?? 0;
          return (
            <button
              key={table.name}
              type="button"
              role="tab"
              id={tabId(table.name)}
              aria-selected={table.name === selected}
              // Only the selected tab's panel exists, so only it names one.
              aria-controls={table.name === selected ? panelId(table.name) : undefined}
              tabIndex={table.name === selected ? 0 : -1}
              className="editor-tab"
              onClick={() => onSelect(table.name)}
            >
              {table.label}
              <span className="editor-tab-count"> ({rowCounts.get(table.name) ?? 0})</span>
              {problems > 0 && (
                <span className="editor-tab-problems">
                  {' '}
                  · {problems} {problems === 1 ? 'problem' : 'problems'}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={panelId(selected)}
        aria-labelledby={tabId(selected)}
        className="editor-panel"
      >
        {children}
      </div>
    </div>
  );
}
