// Reads a big data file off the host page's thread (readShow.ts): decoding, parsing and
// checking 50 MB take seconds, and a blog's page must stay responsive meanwhile. The page
// rebuilds the show's indexes from what this sends (parseOffMainThread.ts).
import { messageParts, type GraphData } from '../model';
import { readData, type ReadStage, type ShowSource } from './readShow';

export type ParseMessage =
  | { readonly type: 'stage'; readonly stage: ReadStage }
  | { readonly type: 'part'; readonly relationships: GraphData['relationships'] }
  /** The show without its relationships (they came in the parts before), or the message. */
  | { readonly type: 'done'; readonly data: Omit<GraphData, 'relationships'> }
  | { readonly type: 'refused'; readonly heading: string; readonly lines: readonly string[] };

self.onmessage = async (event: MessageEvent<ShowSource>) => {
  const post = (message: ParseMessage) => self.postMessage(message);
  const read = await readData(event.data, (stage) => post({ type: 'stage', stage }));
  if (!read.ok) {
    post({ type: 'refused', heading: read.heading, lines: read.lines });
    return;
  }
  const { relationships, ...rest } = read.data;
  for (const part of messageParts(relationships)) post({ type: 'part', relationships: part });
  post({ type: 'done', data: rest });
};
