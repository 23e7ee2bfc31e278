// From what the explorer shows (show, episode, hidden types, spoiler cap) and the Embed
// dialog's choices to the options of the model's snippet builder. Pure: no DOM, no React.
import {
  clampEmbedHeight,
  EMBED_DEFAULTS,
  type Dataset,
  type EmbedControls,
  type EmbedKind,
  type EmbedSnippetOptions,
  type EmbedThemeChoice,
  type Snapshot,
  type Timeline,
} from '../../model';
import { inStoryOrder, relationshipText } from '../panels/format';
import type { ViewState } from '../viewState';

/** How far readers of the post may step: the episode shown, the viewer's own cap, or the end. */
export type CapChoice = 'current' | 'viewer' | 'none';

export interface EmbedChoices {
  readonly kind: EmbedKind;
  readonly theme: EmbedThemeChoice;
  readonly controls: EmbedControls;
  readonly cap: CapChoice;
  readonly height: number;
}

// Theme, controls and height start as the widget's own defaults, which the snippet leaves out.
export const DEFAULT_CHOICES: EmbedChoices = {
  kind: 'iframe',
  theme: EMBED_DEFAULTS.theme,
  controls: EMBED_DEFAULTS.controls,
  cap: 'current',
  height: EMBED_DEFAULTS.height,
};

/** The view the snippet reproduces, and where the site and the show's data live. */
export interface EmbedView {
  readonly slug: string;
  /** The show's data file as the catalogue names it, e.g. "tiny-pretty-things-s1.json". */
  readonly dataFile: string;
  /** The app's folder, ending in "/". */
  readonly siteUrl: string;
  readonly timeline: Timeline;
  readonly state: ViewState;
  /** For a show that is not on the site (opened or edited by the viewer): where its data goes. */
  readonly data?: EmbedSnippetOptions['data'];
}

/**
 * Above this many bytes the dialog recommends hosting the data file instead: long lines are
 * what blog editors and RSS readers cut or choke on first. A carried show of the size of the
 * shipped ones (17 to 26 characters) makes an iframe snippet of about 8 KB.
 */
export const SNIPPET_LIMIT_BYTES = 64 * 1024;

export function snippetBytes(snippet: string): number {
  return new TextEncoder().encode(snippet).length;
}

/** The spoiler-limit choices this view offers: "the viewer's cap" only when one is set. */
export function capChoices(state: ViewState): readonly CapChoice[] {
  // A viewer who set a spoiler limit is never offered 'No limit': the live preview would
  // show them episodes past it.
  return state.capped ? ['current', 'viewer'] : ['current', 'none'];
}

/** The choice, or the default when this view does not offer it (the viewer's cap was lifted). */
export function availableCap(state: ViewState, choice: CapChoice): CapChoice {
  return capChoices(state).includes(choice) ? choice : DEFAULT_CHOICES.cap;
}

/** The episode id the embed stops at, or undefined for no limit. */
export function capEpisode(view: EmbedView, choice: CapChoice): string | undefined {
  const episodes = view.timeline.dataset.episodes;
  switch (availableCap(view.state, choice)) {
    case 'current':
      return episodes[view.state.episode]?.id;
    case 'viewer':
      return episodes[view.state.cap]?.id;
    case 'none':
      return undefined;
  }
}

/** The ids of the types still shown, or undefined when none is hidden (the embed shows all). */
export function visibleTypes(
  dataset: Dataset,
  hidden: ReadonlySet<string>,
): readonly string[] | undefined {
  if (hidden.size === 0) return undefined;
  return dataset.types.filter((type) => !hidden.has(type.id)).map((type) => type.id);
}

/** "Bette — Suspect → Cassie Shore", one per relationship shown, in the text view's order. */
export function relationshipLines(
  dataset: Dataset,
  snapshot: Snapshot,
  hidden: ReadonlySet<string>,
): readonly string[] {
  const nameOf = (id: string) => dataset.characterById.get(id)?.name ?? id;
  const shown = snapshot.relationships.filter((relationship) => !hidden.has(relationship.type));
  return inStoryOrder(dataset, shown, nameOf).map((relationship) =>
    relationshipText(dataset, relationship, nameOf),
  );
}

export function snippetOptions(view: EmbedView, choices: EmbedChoices): EmbedSnippetOptions {
  const { dataset } = view.timeline;
  const { state } = view;
  return {
    kind: choices.kind,
    siteUrl: view.siteUrl,
    show: view.slug,
    dataFile: view.dataFile,
    title: dataset.show.title,
    episode: dataset.episodes[state.episode]?.id,
    cap: capEpisode(view, choices.cap),
    controls: choices.controls,
    theme: choices.theme,
    height: clampEmbedHeight(choices.height),
    types: visibleTypes(dataset, state.hidden),
    relationships: relationshipLines(
      dataset,
      view.timeline.snapshotAt(state.episode),
      state.hidden,
    ),
    data: view.data,
  };
}
