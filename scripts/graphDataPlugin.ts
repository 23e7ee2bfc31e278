// Serves graph-data/*.json at /data/ in development and copies them into dist/data/ on
// build, so the app fetches the same files the validator checks, through the real parser.
// The widget's page (embed.html) also gets the catalogue's slug → file map baked in, so a
// catalogue show's iframe downloads its data at once instead of the catalogue first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CATALOG_FILES_ID, catalogFilesText, validateCatalogText } from '../src/model/catalog';

const DATA_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

/**
 * The catalogue's slug → file map for embed.html; undefined when the catalogue is missing or
 * invalid (the page then asks for index.json itself, and says what is wrong).
 */
async function catalogFiles(dataDir: string): Promise<string | undefined> {
  const path = join(dataDir, 'index.json');
  if (!existsSync(path)) return undefined;
  const result = await validateCatalogText(readFileSync(path, 'utf8'));
  return result.ok ? catalogFilesText(result.catalog) : undefined;
}

export function graphDataPlugin(dataDir: string): Plugin {
  const files = () => readdirSync(dataDir).filter((name) => DATA_FILE.test(name));
  return {
    name: 'plotweb-graph-data',
    configureServer(server) {
      server.middlewares.use('/data/', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!files().includes(name)) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(join(dataDir, name)));
      });
    },
    async transformIndexHtml(_html, context) {
      if (!context.path.endsWith('embed.html')) return [];
      const files = await catalogFiles(dataDir);
      if (files === undefined) return [];
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: CATALOG_FILES_ID },
          children: files,
          injectTo: 'head',
        },
      ];
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dataDir, name)),
        });
      }
    },
  };
}

/** A strict Content-Security-Policy for built pages (the dev server needs inline scripts). */
const policy = (connect: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    // The animation export previews its own WebM (a blob: URL) in a <video>.
    "media-src 'self' blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** The app reads only this site's data (a shared show arrives in the URL fragment). */
export const CONTENT_SECURITY_POLICY = policy("'self'");
/**
 * embed.html?src= reads a data file from any host that serves it with CORS, so it may
 * connect to any https address, and nothing else: no plain http (mixed content on a blog
 * served over https), no websockets, and still no inline or foreign script.
 */
export const EMBED_CONTENT_SECURITY_POLICY = policy("'self' https:");

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'plotweb-csp',
    apply: 'build',
    transformIndexHtml: (_html, context) => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: context.path.endsWith('embed.html')
            ? EMBED_CONTENT_SECURITY_POLICY
            : CONTENT_SECURITY_POLICY,
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}
