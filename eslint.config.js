import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer direction (STYLE.md): model → graph / viewer → app / embed, and cli → model.
// Each layer names the layers it may import and the packages it must not; one rule per layer.
const LAYERS = {
  model: {
    may: [],
    packages: [
      'react',
      'react-*',
      'react/*',
      'cytoscape',
      'cytoscape-*',
      'd3',
      'd3-*',
      '!d3-force',
    ],
    why: 'src/model is pure TypeScript: no UI or renderer (d3-force, pure maths, is allowed).',
  },
  graph: {
    may: ['model'],
    packages: ['react', 'react-*', 'react/*'],
    why: 'src/graph is framework-free; React lives in src/app.',
  },
  viewer: {
    may: ['model'],
    packages: ['react', 'react-*', 'react/*', 'cytoscape', 'cytoscape-*', 'd3', 'd3-*'],
    why: 'src/viewer is the framework-free core: no UI, no renderer.',
  },
  app: {
    may: ['model', 'graph', 'viewer'],
    packages: ['cytoscape', 'cytoscape-*'],
    why: 'Only src/graph imports Cytoscape.',
  },
  embed: {
    may: ['model', 'graph', 'viewer'],
    packages: ['cytoscape', 'cytoscape-*', 'react', 'react-*', 'react/*'],
    why: 'Only src/graph imports Cytoscape, and the embed carries no React (size budget).',
  },
  cli: {
    may: ['model'],
    packages: ['react', 'react-*', 'react/*', 'cytoscape', 'cytoscape-*'],
    why: 'The CLIs run in Node: no UI, no renderer.',
  },
};

const layerRules = Object.entries(LAYERS).map(([name, { may, packages, why }]) => {
  const others = Object.keys(LAYERS).filter((other) => other !== name && !may.includes(other));
  return {
    files: [`src/${name}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: packages, message: why },
            {
              group: others.flatMap((other) => [`**/${other}`, `**/${other}/*`]),
              message: `src/${name} may import ${may.length ? may.map((m) => `src/${m}`).join(', ') : 'no other layer'} only.`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.scratch/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Playwright fixtures call a function named `use`; it is not React's hook.
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  ...layerRules,
);
