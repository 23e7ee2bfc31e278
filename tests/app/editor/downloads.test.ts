// @vitest-environment jsdom
// What the editor downloads (through the model's exporters) and what its preview keeps of
// the view when the data changes.
import { describe, expect, it } from 'vitest';
import { buildTimeline, validateGraphData, type GraphData } from '../../../src/model';
import { importCsv, importGexf } from '../../../src/model/interop';
import { downloadFile, RefusedDownload } from '../../../src/app/editor/downloads';
import { MAX_FILE_BYTES } from '../../../src/model';
import { keptView } from '../../../src/app/editor/keptView';
import { EMPTY_URL_STATE } from '../../../src/app/urlState';
import { SHOW } from './show';

const timelineOf = (data: GraphData) => {
  const result = validateGraphData(data);
  if (!result.ok) throw new Error('invalid test data');
  return buildTimeline(result.dataset);
};

describe('downloads', () => {
  it('writes Plotweb JSON with its schema, and CSV and GEXF that import back', async () => {
    const json = await downloadFile(SHOW, 'json');
    expect(json.name).toBe('harbour.json');
    expect(JSON.parse(json.text)).toMatchObject({
      $schema: expect.stringMatching(/v2\.json$/) as string,
      show: SHOW.show,
    });
    const files = await Promise.all(
      (['characters', 'relationships', 'episodes', 'types'] as const).map((kind) =>
        downloadFile(SHOW, kind),
      ),
    );
    expect(files.map((file) => file.name)).toEqual([
      'harbour-characters.csv',
      'harbour-relationships.csv',
      'harbour-episodes.csv',
      'harbour-types.csv',
    ]);
    const [characters, relationships, episodes] = files;
    const csv = importCsv({
      characters: { name: 'characters.csv', text: characters?.text ?? '' },
      relationships: { name: 'relationships.csv', text: relationships?.text ?? '' },
      episodes: { name: 'episodes.csv', text: episodes?.text ?? '' },
    });
    expect(csv.ok && csv.data.characters.map((c) => c.name)).toEqual([
      'Ada Quill',
      'Ben Hollow',
      'Cleo Marsh',
    ]);
    const gexf = await downloadFile(SHOW, 'gexf');
    expect(gexf.name).toBe('harbour.gexf');
    const back = importGexf(gexf.text, gexf.name);
    expect(back.ok && back.data.relationships.length).toBe(2);
  });

  it('refuses a file larger than the app, validate and import read, saying how big', async () => {
    const long = 'é'.repeat(MAX_FILE_BYTES / 2 + 1024); // 2 UTF-8 bytes each: just over
    const longShowNote: GraphData = { ...SHOW, show: { ...SHOW.show, notes: [long] } };
    const longEdgeNote: GraphData = {
      ...SHOW,
      relationships: SHOW.relationships.map((r, i) => (i === 0 ? { ...r, note: long } : r)),
    };
    const cases = [
      [
        'json',
        longShowNote,
        /^harbour\.json:\$: the show's JSON would be 50\.\d MB, over the 50 MB limit/,
      ],
      [
        'relationships',
        longEdgeNote,
        /^harbour-relationships\.csv:\$: the relationships table would be 50\.\d MB, over the 50 MB/,
      ],
      [
        'gexf',
        longEdgeNote,
        /^harbour\.gexf:\$: the GEXF file would be 50\.\d MB, over the 50 MB limit/,
      ],
    ] as const;
    for (const [kind, data, message] of cases) {
      const refused = await downloadFile(data, kind).catch((error: unknown) => error);
      expect(refused, kind).toBeInstanceOf(RefusedDownload);
      expect((refused as Error).message, kind).toMatch(message);
    }
    // Just under the limit in UTF-8 bytes is still written.
    const fits: GraphData = {
      ...SHOW,
      show: { ...SHOW.show, notes: ['é'.repeat(MAX_FILE_BYTES / 2 - 4096)] },
    };
    expect((await downloadFile(fits, 'json')).name).toBe('harbour.json');
  });
});

describe('keptView', () => {
  const timeline = timelineOf(SHOW);
  it('keeps the episode, selection, filters and cap that still exist', () => {
    const view = {
      ...EMPTY_URL_STATE,
      episode: 'S1E2',
      selected: 'cleo',
      hidden: ['suspect', 'gone'],
      cap: 'S1E3',
    };
    expect(keptView(view, timeline)).toMatchObject({
      episode: 'S1E2',
      selected: 'cleo',
      hidden: ['suspect'],
      cap: 'S1E3',
    });
  });
  it('drops what the new data no longer has, or a selection not yet in the story', () => {
    const fewer = timelineOf({
      ...SHOW,
      episodes: [{ id: 'S1E1' }, { id: 'S1E2' }],
      relationships: [SHOW.relationships[0] as GraphData['relationships'][number]],
    });
    expect(keptView({ ...EMPTY_URL_STATE, episode: 'S1E3', selected: 'ben' }, fewer)).toMatchObject(
      {
        episode: undefined,
        selected: undefined,
      },
    );
    // Cleo appears with her first relationship, from S1E2: not at S1E1.
    expect(
      keptView({ ...EMPTY_URL_STATE, episode: 'S1E1', selected: 'cleo' }, timeline).selected,
    ).toBeUndefined();
  });
});
