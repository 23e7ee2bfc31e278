import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer direction (STYLE.md): model → graph / viewer → app / embed, and cli → model. Each layer
// lists what it must not import.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const framework = (names, message) => ({ group: names, message });

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
  layer(
    ['src/model/**'],
    [
      framework(
        ['react', 'react-*', 'react/*', 'cytoscape', 'cytoscape-*', 'd3', 'd3-*', '!d3-force'],
        'src/model is pure TypeScript: no UI or renderer (d3-force, pure maths, is allowed).',
      ),
      framework(
        [
          '**/graph',
          '**/graph/*',
          '**/viewer',
          '**/viewer/*',
          '**/app',
          '**/app/*',
          '**/embed',
          '**/embed/*',
          '**/cli',
          '**/cli/*',
        ],
        'src/model imports nothing of the layers above it.',
      ),
    ],
  ),
  layer(
    ['src/graph/**'],
    [
      framework(
        ['react', 'react-*', 'react/*'],
        'src/graph is framework-free; React lives in src/app.',
      ),
      framework(
        [
          '**/viewer',
          '**/viewer/*',
          '**/app',
          '**/app/*',
          '**/embed',
          '**/embed/*',
          '**/cli',
          '**/cli/*',
        ],
        'src/graph may import only src/model.',
      ),
    ],
  ),
  layer(
    ['src/viewer/**'],
    [
      framework(
        ['react', 'react-*', 'react/*', 'cytoscape', 'cytoscape-*', 'd3', 'd3-*'],
        'src/viewer is the framework-free core: no UI, no renderer.',
      ),
      framework(
        [
          '**/graph',
          '**/graph/*',
          '**/app',
          '**/app/*',
          '**/embed',
          '**/embed/*',
          '**/cli',
          '**/cli/*',
        ],
        'src/viewer may import only src/model.',
      ),
    ],
  ),
  layer(
    ['src/cli/**'],
    [
      framework(
        ['react', 'react-*', 'react/*', 'cytoscape', 'cytoscape-*'],
        'The CLIs run in Node: no UI, no renderer.',
      ),
      framework(
        [
          '**/graph',
          '**/graph/*',
          '**/viewer',
          '**/viewer/*',
          '**/app',
          '**/app/*',
          '**/embed',
          '**/embed/*',
        ],
        'src/cli may import only src/model.',
      ),
    ],
  ),
  layer(
    ['src/app/**'],
    [
      framework(['cytoscape', 'cytoscape-*'], 'Only src/graph imports Cytoscape.'),
      framework(
        ['**/embed', '**/embed/*', '**/cli', '**/cli/*'],
        'src/app may import src/model, src/graph and src/viewer only.',
      ),
    ],
  ),
  layer(
    ['src/embed/**'],
    [
      framework(['cytoscape', 'cytoscape-*'], 'Only src/graph imports Cytoscape.'),
      framework(['react', 'react-*', 'react/*'], 'The embed carries no React (size budget).'),
      framework(
        ['**/app', '**/app/*', '**/cli', '**/cli/*'],
        'src/embed may import src/model, src/graph and src/viewer only.',
      ),
    ],
  ),
);
