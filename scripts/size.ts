// `npm run size`: gzip bytes of everything the widget's page script loads before its first
// paint: dist/embed/plotweb.js and the modules it imports statically. Chunks it imports on
// demand (the JSON syntax locator, loaded only for a broken file) are listed, not counted.
// Fails above the budget. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 160 KiB. Cytoscape.js alone is ~138,800 gzip bytes (its own minified build); the rest is
// Plotweb: the viewer core, label placement, motion and legends. The checker (schema,
// messages, valibot) loads on demand while the data downloads, and big files are read in a
// worker: that brought the widget from 170,656 to 163,290 (package.json's
// "sideEffects" lets the bundler leave unused parts of src/model's index out).
const BUDGET = 163_840;
const DIR = 'dist/embed';
const ENTRY = 'plotweb.js';

const gzipBytes = (path: string) => gzipSync(readFileSync(path)).length;
const staticImports = (code: string) =>
  [
    ...code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`](\.\/[^"'`]+)["'`]/g,
    ),
  ].map((m) => m[1] as string);
const dynamicImports = (code: string) =>
  [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1] as string);

if (!existsSync(join(DIR, ENTRY))) {
  console.log(`${join(DIR, ENTRY)} is missing: run npm run build first`);
  process.exit(1);
}

const counted = new Map<string, number>();
const onDemand = new Set<string>();
const queue = [ENTRY];
while (queue.length > 0) {
  const file = queue.shift() as string;
  if (counted.has(file)) continue;
  const path = join(DIR, file);
  counted.set(file, gzipBytes(path));
  const code = readFileSync(path, 'utf8');
  for (const dependency of staticImports(code)) queue.push(dependency.replace(/^\.\//, ''));
  for (const dependency of dynamicImports(code)) onDemand.add(dependency.replace(/^\.\//, ''));
}

for (const [file, bytes] of counted)
  console.log(`  ${file}: ${bytes.toLocaleString('en')} gzip bytes`);
for (const file of onDemand) {
  if (!counted.has(file))
    console.log(
      `  ${file}: ${gzipBytes(join(DIR, file)).toLocaleString('en')} gzip bytes, loaded only when needed (not counted)`,
    );
}
const data = 'graph-data/tiny-pretty-things-s1.json';
if (existsSync(data))
  console.log(
    `  for reference, the shipped show's data file: ${gzipBytes(data).toLocaleString('en')} gzip bytes`,
  );
const total = [...counted.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log(
  `budget ${BUDGET.toLocaleString('en')} bytes (160 KiB), ${total > BUDGET ? 'OVER by' : 'headroom'} ${Math.abs(BUDGET - total).toLocaleString('en')} bytes`,
);
console.log(`embed gzip bytes: ${total}`);
if (total > BUDGET) process.exitCode = 1;
