// Builds the benchmark page (bench/index.html) and the cold-load floor (bench/coldFloor.html)
// into .bench/dist for scripts/bench.ts.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./bench', import.meta.url)),
  publicDir: false,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./.bench/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./bench/index.html', import.meta.url)),
        coldFloor: fileURLToPath(new URL('./bench/coldFloor.html', import.meta.url)),
      },
    },
  },
});
