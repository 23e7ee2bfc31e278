// @vitest-environment jsdom
// resize.js answers only frames that show the Plotweb embed page it was built beside.
import { afterEach, describe, expect, it } from 'vitest';
import { answerHeights, isPlotwebFrame } from '../../src/embed/resizeHost';

const EMBED_PAGE = new URL('https://plotweb.example/embed.html');

function frame(src: string) {
  const element = document.createElement('iframe');
  element.src = src;
  element.style.height = '480px';
  document.body.append(element);
  return element;
}

function post(from: HTMLIFrameElement, height: unknown) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'plotweb:height', height },
      source: from.contentWindow,
    }),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('resize.js', () => {
  it('sets the height of a Plotweb embed frame, whatever its query and fragment', () => {
    const stop = answerHeights(window, EMBED_PAGE);
    const plotweb = frame('https://plotweb.example/embed.html?show=hamlet&ep=A3S2#?secret=abc');
    post(plotweb, 612.4);
    expect(plotweb.style.height).toBe('613px');
    post(plotweb, 99_999);
    expect(plotweb.style.height).toBe('4000px');
    stop();
  });

  it('leaves any other frame alone, even one that posts the Plotweb message', () => {
    const stop = answerHeights(window, EMBED_PAGE);
    const others = [
      frame('https://ads.example/embed.html'),
      frame('https://plotweb.example/other.html'),
      frame('https://plotweb.example.evil.example/embed.html'),
      frame('http://plotweb.example/embed.html'),
      frame('about:blank'),
    ];
    for (const other of others) {
      post(other, 3000);
      expect(other.style.height, other.src).toBe('480px');
    }
    stop();
  });

  it('knows a frame by origin and path', () => {
    expect(isPlotwebFrame(frame('https://plotweb.example/embed.html'), EMBED_PAGE)).toBe(true);
    expect(isPlotwebFrame(frame('https://plotweb.example/embed.htm'), EMBED_PAGE)).toBe(false);
  });
});
