// @vitest-environment jsdom
// The editor's page: the saved show the address names, "Your shows" with open and delete,
// and what it says when the named show is gone.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorPage } from '../../../src/app/editor/EditorPage';
import { memoryStore } from '../../../src/app/editor/store';
import { SHOW } from './show';

vi.mock('../../../src/app/editor/Preview', () => ({ Preview: () => <p>preview</p> }));

afterEach(cleanup);

const shows = () =>
  memoryStore([
    {
      id: 'old',
      title: 'Docks',
      updated: 1_000,
      data: { ...SHOW, show: { ...SHOW.show, title: 'Docks' } },
    },
    { id: 'new', title: 'Harbour', updated: 2_000, data: SHOW },
  ]);

describe('EditorPage', () => {
  it('opens the named show and lists every saved show, newest first', async () => {
    const onOpen = vi.fn();
    render(
      <EditorPage store={shows()} id="old" theme="light" themeChoice="system" onOpen={onOpen} />,
    );
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Docks');
    const list = screen.getByRole('region', { name: 'Your shows' });
    const items = await within(list).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.your-show-title')?.textContent)).toEqual([
      'Harbour',
      'Docks',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'true');
    fireEvent.click(within(list).getByRole('button', { name: 'Open Harbour' }));
    expect(onOpen).toHaveBeenCalledWith('new');
  });

  it('deletes a show only after asking, and goes to the list when it was the open one', async () => {
    const store = shows();
    const onOpen = vi.fn();
    render(
      <EditorPage store={store} id="old" theme="light" themeChoice="system" onOpen={onOpen} />,
    );
    const list = await screen.findByRole('region', { name: 'Your shows' });
    fireEvent.click(await within(list).findByRole('button', { name: 'Delete Docks' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Keep it' }));
    expect(await store.get('old')).toBeDefined();
    fireEvent.click(within(list).getByRole('button', { name: 'Delete Docks' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Delete for good' }));
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledWith(''));
    expect(await store.get('old')).toBeUndefined();
  });

  it('says so when the address names a show that is not saved here', async () => {
    render(
      <EditorPage store={shows()} id="gone" theme="light" themeChoice="system" onOpen={vi.fn()} />,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('There is no saved show “gone”');
    expect(await screen.findByRole('button', { name: 'Open Docks' })).toBeInTheDocument();
  });
});
