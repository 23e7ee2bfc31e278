// @vitest-environment jsdom
// "Open file…": a real button that opens the file picker, and the chosen files handed over.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenFileButton } from '../../../src/app/dropImport';

afterEach(cleanup);

describe('OpenFileButton', () => {
  it('opens the picker for JSON, GEXF and CSV files, several at once', () => {
    render(<OpenFileButton onFiles={() => undefined} />);
    const input = screen.getByTestId<HTMLInputElement>('open-file-input');
    expect(input).not.toBeVisible();
    expect(input.accept).toBe('.json,.gexf,.csv');
    expect(input.multiple).toBe(true);
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    screen.getByRole('button', { name: 'Open file…' }).click();
    expect(click).toHaveBeenCalledOnce();
  });

  it('hands the chosen files over and forgets them, so the same file opens again', () => {
    const onFiles = vi.fn();
    render(<OpenFileButton onFiles={onFiles} />);
    const input = screen.getByTestId<HTMLInputElement>('open-file-input');
    const files = [new File(['a'], 'characters.csv'), new File(['b'], 'relationships.csv')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(input.value).toBe('');
  });
});
