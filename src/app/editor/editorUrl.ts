// The address of the editor: `?edit=<id>` names the saved show that is open, `?edit=` alone
// lists the user's shows. Nothing else of the view is in it: the data is in this browser.

/** The saved show the address opens ('' for the list), or undefined outside the editor. */
export function editingFrom(search: string): string | undefined {
  const id = new URLSearchParams(search).get('edit');
  return id === null ? undefined : id;
}

export function editorSearch(id: string): string {
  return `?${new URLSearchParams({ edit: id }).toString()}`;
}

/** A new history entry for the editor, so Back returns to what was open before. */
export function pushEditorView(id: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${editorSearch(id)}`);
}
