// <plotweb-graph>: the widget as a custom element in Shadow DOM. Its children are the
// fallback (a picture and a text list) that shows wherever scripts do not run, and, for a
// show hosted nowhere, its data in a child <script type="application/json"> (inert as HTML).
import { EMBED_ATTRIBUTES, readEmbedOption, readEmbedOptions } from '../model';
import type { EmbeddedShow } from './load';
import { mount, type EmbedHandle } from './mount';

const NEAR_VIEWPORT = '400px';
const EPISODE = EMBED_ATTRIBUTES.episode;
/** The reserved height, set on the element by reserveHeight and read by the host rule. */
const RESERVED = '--plotweb-reserved-height';

// The host's own rules, in force from the first connectedCallback: before the widget starts
// (it waits until it is near the viewport) the element is already a block of its height, so
// the page does not jump. `all: initial` leaves custom properties alone, so the height
// travels in one. mount() adds the rest of the widget's styles.
const HOST_CSS = `:host{all:initial!important;display:block!important;contain:layout paint!important;max-width:100%!important;min-height:var(${RESERVED},0px)!important}:host([hidden]){display:none!important}`;

function adoptHostStyles(root: ShadowRoot) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HOST_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Older engines: a <style> element below.
    }
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  root.append(style);
}

export class PlotwebGraphElement extends HTMLElement {
  static readonly observedAttributes = Object.values(EMBED_ATTRIBUTES);

  private handle: EmbedHandle | undefined;
  private observer: IntersectionObserver | undefined;
  private readonly shadow: ShadowRoot;

  constructor() {
    super();
    this.shadow = this.attachShadow({ mode: 'open' });
    adoptHostStyles(this.shadow);
  }

  connectedCallback() {
    this.reserveHeight();
    if (this.handle || this.observer) return;
    if (typeof IntersectionObserver !== 'function') {
      this.start();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        const near = entries.some((entry) => entry.isIntersecting);
        if (near && !this.handle) this.start();
        this.handle?.setVisible(near);
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.handle?.destroy();
    this.handle = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (previous === next || !this.handle) return;
    if (name === EPISODE) {
      if (next !== null) this.handle.setEpisode(next);
      return;
    }
    // Any other option changes what is loaded or drawn: start again.
    this.handle.destroy();
    this.handle = undefined;
    this.reserveHeight();
    this.start();
  }

  /** The current episode id; setting it animates there. */
  get episode(): string | undefined {
    return this.handle?.episode ?? this.getAttribute(EPISODE) ?? undefined;
  }

  set episode(value: string | undefined) {
    if (value === undefined) this.removeAttribute(EPISODE);
    else this.setAttribute(EPISODE, value);
  }

  play() {
    this.handle?.play();
  }

  pause() {
    this.handle?.pause();
  }

  /** Reserve the height at once, before any data arrives: no layout shift. */
  private reserveHeight() {
    const height = readEmbedOption('height', this.getAttribute(EMBED_ATTRIBUTES.height));
    this.style.setProperty(RESERVED, `${height}px`);
  }

  /** The show inside the element, when it carries one instead of pointing at a file. */
  private embeddedShow(): EmbeddedShow | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ? { kind: 'json', text: script.textContent } : undefined;
  }

  private start() {
    try {
      const options = readEmbedOptions((name) => this.getAttribute(name), 'attribute');
      this.handle = mount(
        this.shadow,
        options,
        {
          onEpisodeChange: (episode) => {
            // Keep the attribute in step without re-entering attributeChangedCallback's seek.
            if (this.getAttribute(EPISODE) !== episode.id) {
              const handle = this.handle;
              this.handle = undefined;
              this.setAttribute(EPISODE, episode.id);
              this.handle = handle;
            }
            this.dispatchEvent(
              new CustomEvent('plotweb-episodechange', {
                detail: episode,
                bubbles: true,
                composed: true,
              }),
            );
          },
        },
        {
          embedded: options.src === '' ? this.embeddedShow() : undefined,
          // The snippet's fallback picture (a catalogue show's share picture).
          picture: this.querySelector<HTMLImageElement>(':scope > a > img, :scope > img')?.src,
        },
      );
    } catch {
      // mount() reports its own failures in the box; this guards the host against the rest.
      this.shadow.textContent = 'This Plotweb graph could not be shown.';
    }
  }
}

export function definePlotwebGraph(name = 'plotweb-graph') {
  if (!customElements.get(name)) customElements.define(name, PlotwebGraphElement);
}
