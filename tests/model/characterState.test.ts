import { describe, expect, it } from 'vitest';
import { stateAppearance, stateKind, stateKindOf, STATE_MARKERS } from '../../src/model';

const COLORS = { node: '#111111', border: '#222222', dead: '#9a9aa6' };

describe('stateKind', () => {
  it('reads free-text states', () => {
    expect(stateKind(undefined)).toBe('none');
    expect(stateKind('dead (a ghost)')).toBe('dead');
    expect(stateKind('in a coma')).toBe('coma');
    expect(stateKind('awake')).toBe('none');
    expect(stateKind('feigning madness')).toBe('other');
  });

  it('honours an explicit marker over the text', () => {
    expect(stateKind('gone to the undiscovered country', 'dead')).toBe('dead');
    expect(stateKind('dead to the world', 'none')).toBe('none');
    expect(stateKind('sleeping', 'coma')).toBe('coma');
    expect(stateKindOf({ state: 'presumed dead', marker: 'other' })).toBe('other');
    expect(stateKindOf({ state: 'presumed dead' })).toBe('dead');
    // No state: no marker, whatever was declared before.
    expect(stateKindOf({ state: undefined, marker: 'dead' })).toBe('none');
  });

  it('describes every marker authors may write', () => {
    expect([...STATE_MARKERS].sort()).toEqual(['coma', 'dead', 'none', 'other']);
  });
});

describe('stateAppearance', () => {
  it('fills the dead with the theme colour, dashed, with a dagger before the name', () => {
    expect(stateAppearance('dead', COLORS)).toMatchObject({
      fill: '#9a9aa6',
      borderStyle: 'dashed',
      labelPrefix: '† ',
    });
  });

  it('draws a coma hollow and double, another state with a thick border', () => {
    expect(stateAppearance('coma', COLORS)).toMatchObject({ fill: 'none', borderStyle: 'double' });
    expect(stateAppearance('other', COLORS).borderWidth).toBeGreaterThan(
      stateAppearance('none', COLORS).borderWidth,
    );
    expect(stateAppearance('none', COLORS)).toMatchObject({ fill: '#111111', labelPrefix: '' });
  });
});
