import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm start` runs the API during development (`vite` proxies to it). */
const API_TARGET = process.env.API_TARGET ?? 'http://127.0.0.1:4300';

/**
 * Builds the SPA into client/dist, which the server serves on its one port.
 * `@support/shared` is compiled from its TypeScript source, so the client
 * never depends on a stale shared/dist.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@support/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: API_TARGET, ws: true },
    },
  },
});
