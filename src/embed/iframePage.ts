// embed.html: the widget as a page for <iframe>. It reads the same options from its query,
// and tells the parent its content height, in Plotweb's own message and, when WordPress
// opened it (#?secret=…), in WordPress's embed protocol too. No cookies, no storage.
import {
  CATALOG_FILES_ID,
  catalogFileOf,
  EMBED_QUERY_PARAMS,
  EMBED_SHOW_QUERY,
  readEmbedOptions,
  validateCatalogText,
} from '../model';
import { packedFromHash } from '../model/dataCodec';
import { mount } from './mount';

const secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(window.location.hash)?.[1];

function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'plotweb:height', height }, '*');
  if (secret) window.parent.postMessage({ secret, message: 'height', value: height }, '*');
}

async function dataUrlFor(show: string | null): Promise<string> {
  const base = new URL('data/', document.baseURI);
  if (!show) return '';
  // The built page knows the catalogue's files (graphDataPlugin): no download to wait for.
  const baked = catalogFileOf(document.getElementById(CATALOG_FILES_ID)?.textContent, show);
  if (baked !== undefined) return new URL(baked, base).href;
  try {
    const response = await fetch(new URL('index.json', base));
    const catalog = await validateCatalogText(await response.text());
    const entry = catalog.ok ? catalog.catalog.shows.find((item) => item.slug === show) : undefined;
    return entry ? new URL(entry.file, base).href : new URL(`${show}.json`, base).href;
  } catch {
    return new URL(`${show}.json`, base).href;
  }
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  const root = document.getElementById('plotweb');
  if (!root) return;
  const show = params.get(EMBED_SHOW_QUERY);
  // A show carried in the fragment (#data=…) needs no data file and no server.
  const packed = packedFromHash(window.location.hash);
  const src = packed ? '' : (params.get(EMBED_QUERY_PARAMS.src) ?? (await dataUrlFor(show)));
  // "Open in Plotweb" always goes to this site's own app, whatever the query says; a
  // carried show travels on to it in the same fragment.
  const app = new URL('./', document.baseURI);
  if (show) app.searchParams.set('show', show);
  if (packed) app.hash = `data=${packed}`;
  const options = {
    ...readEmbedOptions((name) => params.get(name), 'query'),
    src,
    appUrl: app.href,
  };
  // A catalogue show's episode has a share picture, made at build time (buildStatic.ts).
  const episode = params.get(EMBED_QUERY_PARAMS.episode);
  const picture =
    show && episode && !packed && !params.has(EMBED_QUERY_PARAMS.src)
      ? new URL(
          `share/${encodeURIComponent(show)}/${encodeURIComponent(episode)}/graph.png`,
          document.baseURI,
        ).href
      : undefined;
  const handle = mount(
    root,
    options,
    { onResize: reportHeight },
    {
      embedded: packed === undefined ? undefined : { kind: 'packed', packed },
      ownPage: true,
      picture,
    },
  );
  await handle.ready;
  if (handle.inspector) window.plotweb = handle.inspector;
  reportHeight();
  new ResizeObserver(reportHeight).observe(document.documentElement);
  // WordPress asks again once its script is ready.
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (data && data.message === 'ready' && data.secret === secret) reportHeight();
  });
}

void start().catch(() => undefined);
