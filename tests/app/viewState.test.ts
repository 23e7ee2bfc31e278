import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/app/urlState';
import { requestFromUrl, toUrlState } from '../../src/app/viewState';
import { buildTimeline, validateGraphData } from '../../src/model';
import { resolveRequest } from '../../src/viewer';
import { shippedDataset } from '../fixtures/data';

const result = validateGraphData(shippedDataset());
if (!result.ok) throw new Error('invalid dataset');
const timeline = buildTimeline(result.dataset);

/** What the explorer starts from: the link, with the limit saved on this device. */
function resolveViewState(url: ReturnType<typeof parseUrlState>, saved: string | undefined) {
  const { notices, ...state } = resolveRequest(timeline, requestFromUrl(url, saved));
  return { state, notices };
}

describe('URL state', () => {
  it('round-trips every field, with one parameter per hidden type', () => {
    const state = {
      show: 'tiny-pretty-things-s1',
      episode: 'S1E4',
      selected: 'a&b=c',
      hidden: ['suspect', 'odd,type'],
      cap: 'S1E5',
      theme: 'dark' as const,
    };
    const query = formatUrlState(state);
    expect(query).toBe(
      '?show=tiny-pretty-things-s1&ep=S1E4&sel=a%26b%3Dc&hide=suspect&hide=odd%2Ctype&cap=S1E5&theme=dark',
    );
    expect(parseUrlState(query)).toEqual(state);
  });

  it('ignores unknown themes and empty values', () => {
    expect(parseUrlState('?theme=neon&ep=&hide=')).toEqual({
      show: undefined,
      episode: undefined,
      selected: undefined,
      hidden: [],
      cap: undefined,
      theme: undefined,
    });
  });
});

describe('view state from a link', () => {
  const url = (query: string) => parseUrlState(query);

  it('resolves episode, selection, hidden types and cap', () => {
    const { state, notices } = resolveViewState(
      url('?ep=S1E9&sel=cassie&hide=suspect&cap=S1E9'),
      undefined,
    );
    expect(state).toMatchObject({ episode: 8, cap: 8, capped: true, selected: 'cassie' });
    expect([...state.hidden]).toEqual(['suspect']);
    expect(notices).toEqual([]);
    expect(toUrlState('tiny-pretty-things-s1', state, timeline, 'system')).toEqual({
      show: 'tiny-pretty-things-s1',
      episode: 'S1E9',
      selected: 'cassie',
      hidden: ['suspect'],
      cap: 'S1E9',
      theme: 'system',
    });
  });

  it('never lands past the spoiler cap, from the link or remembered on the device', () => {
    const fromLink = resolveViewState(url('?ep=S1E10&cap=S1E3'), undefined);
    expect(fromLink.state.episode).toBe(2);
    expect(fromLink.notices[0]).toMatch(/past the episode you have watched up to \(S1E3\)/);
    const remembered = resolveViewState(url('?ep=S1E10'), 'S1E5');
    expect(remembered.state).toMatchObject({ episode: 4, cap: 4, capped: true });
  });

  it('falls back with a notice on bad parameters instead of failing', () => {
    const { state, notices } = resolveViewState(
      url('?ep=S9E99&sel=delia&hide=nope&cap=zzz'),
      undefined,
    );
    expect(state).toMatchObject({ episode: 0, cap: 9, capped: false, selected: undefined });
    expect(state.hidden.size).toBe(0);
    expect(notices).toHaveLength(4);
  });

  it('does not select a character before the story introduces them', () => {
    const { state } = resolveViewState(url('?ep=S1E7&sel=matteo'), undefined);
    expect(state.selected).toBeUndefined();
  });
});
