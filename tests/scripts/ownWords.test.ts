// The own-words check behind `npm run own-words`: shared runs of N words, found on the words
// alone (case, curly quotes and punctuation do not hide a copy).
import { describe, expect, it } from 'vitest';
import { proseOf, runs, sharedRuns, words } from '../../scripts/ownWords';

describe('words and runs', () => {
  it('folds case, curly quotes and punctuation', () => {
    expect(words('Bette’s sister — Delia, “the golden child”!')).toEqual([
      "bette's",
      'sister',
      'delia',
      'the',
      'golden',
      'child',
    ]);
    expect([...runs('a b c d', 3)]).toEqual(['a b c', 'b c d']);
    expect(runs('a b', 3).size).toBe(0);
  });
});

describe('sharedRuns', () => {
  const source = new Map([
    ['recap.txt', 'Later that day though, Bette heads out to apologize to June at lunch.'],
  ]);

  it('finds a copied run of 8 words, however it is punctuated', () => {
    const prose = [
      { path: 'notes[0]', text: 'LATER that day, though: Bette heads out to say sorry.' },
    ];
    expect(sharedRuns(prose, source, 8)).toEqual([
      { path: 'notes[0]', run: 'later that day though bette heads out to', source: 'recap.txt' },
    ]);
    expect(sharedRuns(prose, source, 9)).toEqual([]);
  });

  it('passes text in the author’s own words', () => {
    const prose = [{ path: 'note', text: 'After lunch Bette says sorry to June.' }];
    expect(sharedRuns(prose, source, 4)).toEqual([]);
  });
});

describe('proseOf', () => {
  it('collects notes and descriptions with their JSON paths, not names or titles', () => {
    const data = {
      show: { title: 'A show title', description: 'About it.', notes: ['How it was made.'] },
      characters: [{ name: 'Bette', notes: [{ from: 'S1E1', text: 'Her story.' }] }],
      relationships: [{ id: 'r1', note: 'A tie.', sources: [{ detail: 'paragraph 2' }] }],
    };
    expect(proseOf(data)).toEqual([
      { path: 'show.description', text: 'About it.' },
      { path: 'show.notes[0]', text: 'How it was made.' },
      { path: 'characters[0].notes[0].text', text: 'Her story.' },
      { path: 'relationships[0].note', text: 'A tie.' },
    ]);
  });
});
