// @vitest-environment jsdom
// <plotweb-graph> reads its options through the model's option table: observed attributes,
// forgiving values, the reserved height, and a restart when an option changes.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { definePlotwebGraph } from '../../src/embed/element';
import { mount } from '../../src/embed/mount';
import { EMBED_ATTRIBUTES, EMBED_DEFAULTS } from '../../src/model';
import { SAMPLE_OPTIONS } from '../fixtures/embedOptions';
import { fakeHandle, mountedOptions } from './mountSpy';

vi.mock('../../src/embed/mount', () => ({ mount: vi.fn(() => fakeHandle()) }));

beforeAll(() => definePlotwebGraph());

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(mount).mockClear();
});

function place(html: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.body.querySelector<HTMLElement>('plotweb-graph');
  if (!element) throw new Error('no element');
  return element;
}

/** The height the element reserves before it starts (its host rule reads this property). */
const reserved = (element: HTMLElement) =>
  element.style.getPropertyValue('--plotweb-reserved-height');

describe('<plotweb-graph> options', () => {
  it('observes exactly the option attributes', () => {
    const element = customElements.get('plotweb-graph') as unknown as {
      observedAttributes: string[];
    };
    expect([...element.observedAttributes].sort()).toEqual(Object.values(EMBED_ATTRIBUTES).sort());
  });

  it('starts the widget with the options its attributes give', () => {
    const { src, episode, maxEpisode, appUrl } = SAMPLE_OPTIONS;
    place(
      `<plotweb-graph src="${src}" episode="${episode}" max-episode="${maxEpisode}" controls="stepper" theme="dark" height="720" types="affair, sibling" app-url="${appUrl}"></plotweb-graph>`,
    );
    expect(mountedOptions(mount)).toEqual([SAMPLE_OPTIONS]);
  });

  it('reads bad values as the defaults and reserves a clamped height', () => {
    const element = place(
      '<plotweb-graph controls="slider" theme="sepia" height="90" episode=""></plotweb-graph>',
    );
    expect(mountedOptions(mount)).toEqual([{ ...EMBED_DEFAULTS, height: 240 }]);
    expect(reserved(element)).toBe('240px');
    const bare = place('<plotweb-graph height="tall"></plotweb-graph>');
    expect(reserved(bare)).toBe('480px');
    const tall = place('<plotweb-graph height="5000"></plotweb-graph>');
    expect(reserved(tall)).toBe('1600px');
  });

  it('starts again with the new options when one changes, but seeks for an episode', () => {
    const element = place('<plotweb-graph src="/a.json"></plotweb-graph>');
    const first = vi.mocked(mount).mock.results[0]?.value as ReturnType<typeof fakeHandle>;
    element.setAttribute('episode', 'S1E3');
    expect(first.setEpisode).toHaveBeenCalledWith('S1E3');
    expect(mount).toHaveBeenCalledTimes(1);
    element.setAttribute('height', '2000');
    expect(first.destroy).toHaveBeenCalled();
    expect(reserved(element)).toBe('1600px');
    expect(mountedOptions(mount)[1]).toMatchObject({
      src: '/a.json',
      episode: 'S1E3',
      height: 1600,
    });
  });
});
