// @vitest-environment jsdom
// The editor as a user meets it: tabs, a grid of labelled inputs per table, rows added,
// edited and deleted, the validator's problems at their cells, undo and redo, spreadsheet
// keys, import, and autosave into an injected store. The live explorer is stubbed here
// (it needs a canvas); tests/e2e/editor.spec.ts checks it in a real browser.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidationResult } from '../../../src/model';
import { Editor } from '../../../src/app/editor/Editor';
import { memoryStore, type ShowStore } from '../../../src/app/editor/store';
import { SHOW } from './show';

vi.mock('../../../src/app/editor/Preview', () => ({
  Preview: ({ result }: { result: ValidationResult }) => (
    <p data-testid="preview">
      {result.ok ? `graph of ${result.dataset.characters.length} characters` : 'last valid'}
    </p>
  ),
}));

afterEach(cleanup);

function renderEditor(store: ShowStore = memoryStore()) {
  render(
    <Editor
      saved={{ id: 'harbour', title: 'Harbour', updated: 0, data: SHOW }}
      store={store}
      theme="light"
      themeChoice="system"
    />,
  );
  return store;
}

const names = () => screen.getAllByRole('textbox', { name: 'Name' });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('Editor', () => {
  it('has one ARIA tab per table, moved between with the arrow keys', () => {
    renderEditor();
    const tabs = within(screen.getByRole('tablist', { name: 'Tables' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Episodes (3)',
      'Characters (3)',
      'Relationships (2)',
      'Types (0)',
    ]);
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Characters');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(/Characters/);
    fireEvent.keyDown(tabs[1] as HTMLElement, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Relationships');
    expect(screen.getByRole('tab', { selected: true })).toHaveFocus();
    expect(screen.getAllByRole('combobox', { name: 'Source' })).toHaveLength(2);
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'Home' });
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Episodes');
  });

  it('labels each cell by its column and describes it by its row', () => {
    renderEditor();
    expect(names().map((input) => (input as HTMLInputElement).value)).toEqual([
      'Ada Quill',
      'Ben Hollow',
      'Cleo Marsh',
    ]);
    expect(names()[2]).toHaveAccessibleDescription('Row 3');
    expect(screen.getAllByRole('combobox', { name: 'First episode' })[0]).toHaveValue('');
  });

  it('adds a character, focuses its first cell, and saves it', async () => {
    const store = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add character' }));
    expect(names()).toHaveLength(4);
    const ids = screen.getAllByRole('textbox', { name: 'ID' });
    expect(ids[3]).toHaveFocus();
    type(ids[3] as HTMLElement, 'dan');
    type(names()[3] as HTMLElement, 'Dan Rook');
    expect(screen.getByTestId('preview')).toHaveTextContent('graph of 4 characters');
    await waitFor(async () =>
      expect((await store.get('harbour'))?.data.characters[3]).toEqual({
        id: 'dan',
        name: 'Dan Rook',
      }),
    );
    expect(await store.list()).toEqual([
      { id: 'harbour', title: 'Harbour', updated: expect.any(Number) as number },
    ]);
  });

  it('adds a relationship with character and episode pickers', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('tab', { name: /Relationships/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add relationship' }));
    const targets = screen.getAllByRole('combobox', { name: 'Target' });
    expect(
      within(targets[2] as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ada Quill (ada)', 'Ben Hollow (ben)', 'Cleo Marsh (cleo)']);
    fireEvent.change(targets[2] as HTMLElement, { target: { value: 'cleo' } });
    const from = screen.getAllByRole('combobox', { name: 'From' })[2] as HTMLElement;
    fireEvent.change(from, { target: { value: 'S1E2' } });
    expect(targets[2]).toHaveValue('cleo');
    expect(from).toHaveValue('S1E2');
    expect(screen.getByRole('status')).toHaveTextContent('No problems');
  });

  it("shows the validator's message at the cell its path names, and counts the problems", () => {
    renderEditor();
    type(names()[1] as HTMLElement, '');
    const cell = names()[1] as HTMLElement;
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription(/^Row 2 must not be empty — /);
    expect(names()[0]).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent(/^1 problem: /);
    expect(screen.getByRole('tab', { name: /Characters/ })).toHaveTextContent('1 problem');
    expect(screen.getByTestId('preview')).toHaveTextContent('last valid');
  });

  it('deleting a character flags the relationship that named it, reachable from the summary', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Delete character 3 (Cleo Marsh)' }));
    expect(names()).toHaveLength(2);
    const summary = screen.getByRole('region', { name: 'Problems' });
    const link = within(summary).getByRole('button', { name: 'Relationships, row 2, Source' });
    expect(summary).toHaveTextContent(/unknown character "cleo"/);
    fireEvent.click(link);
    const source = screen.getAllByRole('combobox', { name: 'Source' })[1] as HTMLElement;
    expect(source).toHaveFocus();
    expect(source).toHaveAttribute('aria-invalid', 'true');
    expect(source).toHaveValue('cleo');
    expect(within(source).getByRole('option', { name: 'cleo (unknown)' })).toBeInTheDocument();
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Shift+Ctrl+Z; typing in one cell is one step', () => {
    renderEditor();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    type(names()[0] as HTMLElement, 'Ada Q');
    type(names()[0] as HTMLElement, 'Ada Qu');
    fireEvent.click(screen.getByRole('button', { name: 'Add character' }));
    expect(names()).toHaveLength(4);
    fireEvent.keyDown(names()[0] as HTMLElement, { key: 'z', ctrlKey: true });
    expect(names()).toHaveLength(3);
    expect(names()[0]).toHaveValue('Ada Qu');
    fireEvent.click(undo);
    expect(names()[0]).toHaveValue('Ada Quill');
    expect(undo).toBeDisabled();
    fireEvent.keyDown(names()[0] as HTMLElement, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(names()[0]).toHaveValue('Ada Qu');
    fireEvent.click(redo);
    expect(names()).toHaveLength(4);
    expect(redo).toBeDisabled();
  });

  it('moves between cells with the arrow keys and Enter, and leaves Tab alone', () => {
    renderEditor();
    const [first, second, third] = names() as HTMLInputElement[];
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(second).toHaveFocus();
    fireEvent.keyDown(second as HTMLElement, { key: 'Enter' });
    expect(third).toHaveFocus();
    fireEvent.keyDown(third as HTMLElement, { key: 'Enter', shiftKey: true });
    expect(second).toHaveFocus();
    // Left and right move the caret inside the text until it reaches an end.
    second?.setSelectionRange(2, 2);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowRight' });
    expect(second).toHaveFocus();
    second?.setSelectionRange(second.value.length, second.value.length);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowRight' });
    expect(screen.getAllByRole('textbox', { name: 'Actor' })[1]).toHaveFocus();
    const actor = screen.getAllByRole('textbox', { name: 'Actor' })[1] as HTMLElement;
    fireEvent.keyDown(actor, { key: 'ArrowLeft' });
    expect(second).toHaveFocus();
    // The first row has nothing above it; Tab is never taken over.
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowUp' });
    expect(fireEvent.keyDown(second as HTMLElement, { key: 'Tab' })).toBe(true);
  });

  it('imports a Plotweb JSON over the open show, and undo brings the old data back', async () => {
    renderEditor();
    const other = { ...SHOW, show: { ...SHOW.show, title: 'Docks' } };
    const text = JSON.stringify(other);
    // jsdom's File cannot be read; the importer needs only a name, a size and arrayBuffer().
    const file = {
      name: 'docks.json',
      size: text.length,
      arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
    };
    await act(async () => {
      fireEvent.change(screen.getByTestId('editor-import-input'), { target: { files: [file] } });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Replaced the data with docks.json');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Docks');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Harbour');
  });

  it('renders text from the data as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(
      <Editor
        saved={{
          id: 'h',
          title: hostile,
          updated: 0,
          data: { ...SHOW, characters: [{ id: 'x', name: hostile }] },
        }}
        store={memoryStore()}
        theme="light"
        themeChoice="system"
      />,
    );
    expect(names()[0]).toHaveValue(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});
