// @vitest-environment jsdom
// Dragging files over the window: the overlay, steady while the drag crosses elements, and
// the files handed over on drop; dragging anything else is left alone.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DROP_PROMPT, DropOverlay } from '../../../src/app/dropImport';

afterEach(cleanup);

/** jsdom has no DragEvent or DataTransfer; the hook needs only `types` and `files`. */
function drag(type: string, files: File[], types = ['Files']) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types, files, dropEffect: 'none' },
  });
  act(() => {
    document.body.dispatchEvent(event);
  });
  return event;
}

const overlay = () => screen.queryByText(DROP_PROMPT);

describe('DropOverlay', () => {
  it('shows while files are dragged over, through nested enter/leave pairs', () => {
    render(
      <DropOverlay onFiles={() => undefined} opening={undefined} onCancel={() => undefined} />,
    );
    expect(overlay()).toBeNull();
    const enter = drag('dragenter', []);
    expect(enter.defaultPrevented).toBe(true);
    expect(overlay()).toBeInTheDocument();
    drag('dragenter', []); // into a child element
    drag('dragleave', []); // out of the parent: still over the window
    expect(overlay()).toBeInTheDocument();
    expect(drag('dragover', []).defaultPrevented).toBe(true);
    drag('dragleave', []);
    expect(overlay()).toBeNull();
  });

  it('hands the dropped files over and keeps the browser from opening them', () => {
    const onFiles = vi.fn();
    render(<DropOverlay onFiles={onFiles} opening={undefined} onCancel={() => undefined} />);
    const file = new File(['{}'], 'show.json', { type: 'application/json' });
    drag('dragenter', [file]);
    const drop = drag('drop', [file]);
    expect(drop.defaultPrevented).toBe(true);
    expect(onFiles).toHaveBeenCalledWith([file]);
    expect(overlay()).toBeNull();
  });

  it('ignores drags that carry no files, such as selected text', () => {
    const onFiles = vi.fn();
    render(<DropOverlay onFiles={onFiles} opening={undefined} onCancel={() => undefined} />);
    expect(drag('dragenter', [], ['text/plain']).defaultPrevented).toBe(false);
    expect(overlay()).toBeNull();
    expect(drag('drop', [], ['text/plain']).defaultPrevented).toBe(false);
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('says which files are being read, how far it has got, and offers Cancel', () => {
    const onCancel = vi.fn();
    const { rerender } = render(
      <DropOverlay onFiles={() => undefined} opening={undefined} onCancel={onCancel} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    rerender(
      <DropOverlay
        onFiles={() => undefined}
        opening={{ label: 'big.json', stage: 'check' }}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Opening big.json… Checking the show (60%)',
    );
    expect(screen.getByRole('progressbar', { name: 'Opening big.json' })).toHaveAttribute(
      'value',
      '60',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unmounted', () => {
    const onFiles = vi.fn();
    const { unmount } = render(
      <DropOverlay onFiles={onFiles} opening={undefined} onCancel={() => undefined} />,
    );
    unmount();
    expect(drag('drop', [new File(['x'], 'a.json')]).defaultPrevented).toBe(false);
    expect(onFiles).not.toHaveBeenCalled();
  });
});
