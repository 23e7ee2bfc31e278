// Editing a show in the browser: one grid per table, validated as you type, autosaved in
// IndexedDB, with the explorer drawing the result live.
export { EditorPage } from './EditorPage';
export { editingFrom, pushEditorView } from './editorUrl';
export { startEditing } from './startEditing';
export { browserStore, indexedDbStore, memoryStore, type ShowStore } from './store';
