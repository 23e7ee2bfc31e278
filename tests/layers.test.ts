// The layer direction of STYLE.md, checked from the source (ESLint checks it too):
// model → graph / viewer → app / embed, cli → model; only src/graph imports Cytoscape.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((match) => (match[1] ?? match[2]) as string);
}

/** What each layer may not import: packages by name, sibling layers by folder. */
const FORBIDDEN: Record<string, { packages: RegExp; layers: string[] }> = {
  model: {
    // d3-force is pure maths (the layout); the rest of d3 is for drawing.
    packages: /^(react|react-dom|cytoscape)(\/|-|$)|^d3(-(?!force$)[a-z-]+)?(\/|$)/,
    layers: ['graph', 'viewer', 'app', 'embed', 'cli'],
  },
  graph: { packages: /^(react|react-dom)(\/|$)/, layers: ['viewer', 'app', 'embed', 'cli'] },
  viewer: {
    packages: /^(react|react-dom|cytoscape|d3)(\/|-|$)/,
    layers: ['graph', 'app', 'embed', 'cli'],
  },
  app: { packages: /^cytoscape(\/|-|$)/, layers: ['embed', 'cli'] },
  embed: { packages: /^(react|react-dom|cytoscape)(\/|-|$)/, layers: ['app', 'cli'] },
  cli: {
    packages: /^(react|react-dom|cytoscape)(\/|-|$)/,
    layers: ['graph', 'viewer', 'app', 'embed'],
  },
};

describe('layer direction', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.some((file) => file.includes('/model/'))).toBe(true);
  });

  it.each(Object.entries(FORBIDDEN))('src/%s imports only what its layer allows', (layer, rule) => {
    const violations: string[] = [];
    for (const file of files.filter((path) => relative(SRC, path).startsWith(`${layer}/`))) {
      for (const specifier of importsOf(file)) {
        const layerHit = rule.layers.find(
          (other) => specifier.startsWith('.') && new RegExp(`(^|/)${other}(/|$)`).test(specifier),
        );
        if (rule.packages.test(specifier) || layerHit)
          violations.push(`${relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('catches a violation (the checker itself works)', () => {
    expect(importsOf(join(SRC, 'app/main.tsx'))).toContain('react-dom/client');
    expect(FORBIDDEN.model?.packages.test('react-dom/client')).toBe(true);
    expect(FORBIDDEN.app?.packages.test('cytoscape')).toBe(true);
    expect(FORBIDDEN.model?.packages.test('d3')).toBe(true);
    expect(FORBIDDEN.model?.packages.test('d3-scale')).toBe(true);
    expect(FORBIDDEN.model?.packages.test('d3-force')).toBe(false);
  });

  it.each([
    ['src/cli/example.ts', "import { App } from '../app/App';\nexport { App };\n"],
    ['src/cli/example.ts', "import { createViewer } from '../viewer';\nexport { createViewer };\n"],
    ['src/viewer/example.ts', "import { useState } from 'react';\nexport { useState };\n"],
    [
      'src/viewer/example.ts',
      "import { createGraphView } from '../graph';\nexport { createGraphView };\n",
    ],
    [
      'src/graph/example.ts',
      "import { createViewer } from '../viewer';\nexport { createViewer };\n",
    ],
    [
      'src/model/example.ts',
      "import { createViewer } from '../viewer';\nexport { createViewer };\n",
    ],
  ])('ESLint refuses a layer violation in %s', async (filePath, code) => {
    const [result] = await new ESLint().lintText(code, { filePath });
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
