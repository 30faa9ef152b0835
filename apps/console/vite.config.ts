import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The admin console builds to dist/console, which the API serves at `/` (serve-console.ts).
 * JSX goes through esbuild's automatic runtime with Preact: no framework plugin (and no Babel) needed.
 */
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No source maps: the console ships as one small bundle, and its sources are in the repository.
    sourcemap: false,
    reportCompressedSize: false,
  },
  // `npx vite --config apps/console/vite.config.ts` serves the console with hot reload against a local API.
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/v1', '/health', '/docs'].map((prefix) => [prefix, { target: 'http://localhost:3000', changeOrigin: false }]),
    ),
  },
});
