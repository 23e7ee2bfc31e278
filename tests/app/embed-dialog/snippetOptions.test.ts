// From the explorer's view and the dialog's choices to the snippet builder's options.
import { describe, expect, it } from 'vitest';
import {
  availableCap,
  capChoices,
  DEFAULT_CHOICES,
  relationshipLines,
  snippetOptions,
  visibleTypes,
  type EmbedView,
} from '../../../src/app/embed-dialog/snippetOptions';
import type { ViewState } from '../../../src/app/viewState';
import { DATA_FILE, SLUG, shippedTimeline, viewAt } from './helpers';

const timeline = shippedTimeline();
const { dataset } = timeline;
const SITE = 'https://plotweb.example/app/';

const viewOf = (state: ViewState): EmbedView => ({
  slug: SLUG,
  dataFile: DATA_FILE,
  siteUrl: SITE,
  timeline,
  state,
});

const ALL_TYPES = [
  'affair',
  'abuse',
  'sibling',
  'suspect',
  'attacked',
  'accuses',
  'parent',
  'romance',
  'friendship',
  'rivalry',
  'opposes',
  'manipulates',
  'silences',
  'pressures',
  'looks-after',
  'partners',
  'replaces',
  'investigates',
  'blackmail',
  'runs',
  'exposes',
  'deals-with',
  'works-with',
  'at-body',
];

/** What the text view lists at S1E4, in its order: by first episode, then by name. */
const LINES_AT_S1E4 = [
  'Bette Whitlaw — Rivalry / clash — Neveah Stroyer',
  "June's mother — Parent → June Park",
  'Monique DuBois — Runs / on the board of → Archer School of Ballet',
  'Nabil — Rivalry / clash — Oren Lennox',
  'Nabil — Romance — Cassie Shore',
  'Nabil — Suspect → Cassie Shore',
  'Neveah Stroyer — Takes the place of → Cassie Shore',
  'Officer Isabel Cruz — Police: finds, questions → Cassie Shore',
  'Oren Lennox — Suspect → Cassie Shore',
  'Shane — Friendship — Neveah Stroyer',
  'Shane — Friendship — Oren Lennox',
  'The hooded figure — Attacks → Cassie Shore',
  'Topher Brooks — Pushes hard → Neveah Stroyer',
  'Alan — Looks after → Bette Whitlaw',
  'Bette Whitlaw — Sibling — Delia Whitlaw',
  'June Park — Friendship — Neveah Stroyer',
  'Katrina Whitlaw — Parent → Bette Whitlaw',
  'Katrina Whitlaw — Parent → Delia Whitlaw',
  'Katrina Whitlaw — Runs / on the board of → Archer School of Ballet',
  'Monique DuBois — Rivalry / clash — Ramon Costa',
  'Neveah Stroyer — Dance partners — Oren Lennox',
  'Ramon Costa — Rivalry / clash — Topher Brooks',
  'The sergeant — Silences → Officer Isabel Cruz',
  'Alan — Works with — Monique DuBois',
  'Bette Whitlaw — Friendship — June Park',
  "June Park — Rivalry / clash — June's mother",
  'Oren Lennox — Romance — Bette Whitlaw',
  'Katrina Whitlaw — Stands up to → June Park',
  'Nabil — Romance — Neveah Stroyer',
  'Neveah Stroyer — Stands up to → Ramon Costa',
  'Ramon Costa — Abuse → Bette Whitlaw',
];

describe('snippetOptions', () => {
  it('reproduces a view at S1E4 with suspect hidden', () => {
    const options = snippetOptions(viewOf(viewAt(timeline, 'S1E4', { hidden: ['suspect'] })), {
      kind: 'script',
      theme: 'dark',
      controls: 'stepper',
      cap: 'current',
      height: 600,
    });
    expect(options).toEqual({
      kind: 'script',
      siteUrl: SITE,
      show: SLUG,
      dataFile: DATA_FILE,
      title: 'Tiny Pretty Things',
      episode: 'S1E4',
      cap: 'S1E4',
      controls: 'stepper',
      theme: 'dark',
      height: 600,
      types: ALL_TYPES.filter((type) => type !== 'suspect'),
      relationships: LINES_AT_S1E4.filter((line) => !line.includes('— Suspect →')),
    });
  });

  it('lists no types when none is hidden, so the embed shows all of them', () => {
    const options = snippetOptions(viewOf(viewAt(timeline, 'S1E4')), DEFAULT_CHOICES);
    expect(options.types).toBeUndefined();
    expect(visibleTypes(dataset, new Set())).toBeUndefined();
    expect(visibleTypes(dataset, new Set(ALL_TYPES))).toEqual([]);
  });

  it('leaves hidden types out of the fallback list too', () => {
    const lines = relationshipLines(dataset, timeline.snapshotAt(3), new Set(['abuse', 'romance']));
    expect(lines).toEqual(
      LINES_AT_S1E4.filter((line) => !line.includes('— Abuse →') && !line.includes('— Romance —')),
    );
    expect(lines.length).toBe(LINES_AT_S1E4.length - 4);
  });

  it('names the characters and marks direction at the finale', () => {
    const lines = relationshipLines(dataset, timeline.snapshotAt(9), new Set());
    expect(lines).toContain('Bette Whitlaw — Sibling — Delia Whitlaw');
    expect(lines).toContain('Delia Whitlaw — Attacks → Cassie Shore');
  });

  it('defaults to the iframe kind, the full timeline, the system theme, 480 px and the current episode', () => {
    const options = snippetOptions(viewOf(viewAt(timeline, 'S1E4')), DEFAULT_CHOICES);
    expect(options).toMatchObject({
      kind: 'iframe',
      controls: 'timeline',
      theme: 'auto',
      height: 480,
      episode: 'S1E4',
      cap: 'S1E4',
    });
  });
});

describe('spoiler limit choices', () => {
  it('offers the viewer’s cap only when one is set', () => {
    expect(capChoices(viewAt(timeline, 'S1E4'))).toEqual(['current', 'none']);
    // With a spoiler limit set, "No limit" is not offered: the preview would pass it.
    expect(capChoices(viewAt(timeline, 'S1E4', { cap: 'S1E6' }))).toEqual(['current', 'viewer']);
  });

  it('stops at the current episode, the viewer’s cap, or (without a cap of their own) nowhere', () => {
    const capped = viewOf(viewAt(timeline, 'S1E4', { hidden: ['suspect'], cap: 'S1E6' }));
    const capOf = (cap: 'current' | 'viewer' | 'none') =>
      snippetOptions(capped, { ...DEFAULT_CHOICES, cap }).cap;
    expect(capOf('current')).toBe('S1E4');
    expect(capOf('viewer')).toBe('S1E6');
    expect(capOf('none')).toBe('S1E4'); // not offered to a capped viewer: the default applies
    const open = viewOf(viewAt(timeline, 'S1E4'));
    expect(snippetOptions(open, { ...DEFAULT_CHOICES, cap: 'none' }).cap).toBeUndefined();
  });

  it('falls back to the current episode when the viewer’s cap was lifted', () => {
    const uncapped = viewAt(timeline, 'S1E4');
    expect(availableCap(uncapped, 'viewer')).toBe('current');
    expect(snippetOptions(viewOf(uncapped), { ...DEFAULT_CHOICES, cap: 'viewer' }).cap).toBe(
      'S1E4',
    );
  });
});
