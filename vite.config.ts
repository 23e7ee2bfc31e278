import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin, graphDataPlugin } from './scripts/graphDataPlugin.ts';

export default defineConfig({
  plugins: [
    react(),
    graphDataPlugin(fileURLToPath(new URL('./graph-data', import.meta.url))),
    contentSecurityPolicyPlugin(),
  ],
  // Embeds run on other sites and inside sandboxed iframes (origin "null", as WordPress
  // does), which load module scripts and data with CORS: every file must allow any origin.
  server: { headers: { 'Access-Control-Allow-Origin': '*' } },
  preview: { headers: { 'Access-Control-Allow-Origin': '*' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        app: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A ceiling, not a budget: CLI tests start tsx processes and property tests run 1,000
    // cases, which on a loaded two-core machine can pass 5 s (seen: every such test timed out
    // together while other work ran). Nothing asserts on time.
    testTimeout: 30_000,
  },
});
