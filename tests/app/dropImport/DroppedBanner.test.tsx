// @vitest-environment jsdom
// The banner over a dropped show: where it came from, a download of it, and a way back.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DroppedBanner } from '../../../src/app/dropImport';
import type { GraphData } from '../../../src/model';

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

const data: GraphData = {
  schemaVersion: 2,
  show: { title: 'My Show', sources: [{ id: 's', title: 'notes' }] },
  episodes: [{ id: 'S1E1' }],
  characters: [{ id: 'a', name: '<b>Ann</b>' }],
  relationships: [],
};

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('DroppedBanner', () => {
  it('names the files and saves the show as a Plotweb JSON named after it', async () => {
    const blobs: Blob[] = [];
    // jsdom has no Blob URLs.
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const onBack = vi.fn();
    render(
      <DroppedBanner label="characters.csv and relationships.csv" data={data} onBack={onBack} />,
    );
    const banner = screen.getByRole('region', { name: 'Opened from your computer' });
    expect(banner).toHaveTextContent(
      'Showing characters.csv and relationships.csv from your computer — not saved anywhere.',
    );

    screen.getByRole('button', { name: 'Download as Plotweb JSON' }).click();
    expect(clicked.map((link) => [link.download, link.href])).toEqual([
      ['my-show.json', 'blob:test'],
    ]);
    const text = await readBlob(blobs[0]);
    expect(text).toMatch(/^\{\n {2}"\$schema": "http:\/\/localhost(:\d+)?\/schema\/v2\.json",\n/);
    expect(JSON.parse(text ?? '') as GraphData).toMatchObject(data);

    screen.getByRole('button', { name: 'Back to the catalogue' }).click();
    expect(onBack).toHaveBeenCalledOnce();
  });
});

describe('DroppedBanner warnings', () => {
  it('lists each warning in a notice that can be dismissed, without hiding the banner', () => {
    const lines = [
      'warning: r.csv:2:from: starts in S1E1, before "b" is introduced (S1E2) — read as starting in S1E2',
      'hint: r.csv:3:type: type "rival" was declared automatically as "Rival" (there is no types.csv) — list it',
    ];
    render(<DroppedBanner label="r.csv" data={data} onBack={() => {}} warnings={lines} />);
    const notice = screen.getByRole('status', { name: 'Warnings about your file' });
    expect(notice.textContent).toContain('Opened with 1 repair');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(lines);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Warnings about your file' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Opened from your computer' })).toBeTruthy();
  });

  it('shows no notice for a clean file', () => {
    render(<DroppedBanner label="r.csv" data={data} onBack={() => {}} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
