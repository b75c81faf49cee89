import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every asset once, at build time, so the server
 * serves them compressed without compressing on each request (server/src/core/http/console.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hoagiai-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|html|txt)$/.test(name)) continue;
        const file = path.join(assets, name);
        if (statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// The server serves the built console at /admin and the API at /graphql on the same origin;
// in `npm run dev -w admin` the dev server proxies /graphql to a server running locally.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build: the served console does not reveal its sources (and the server
    // refuses *.map anyway). Debug with `npm run dev -w admin`.
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
  },
  server: {
    proxy: {
      '/graphql': process.env.HOAGIAI_API_URL ?? 'http://localhost:4000',
    },
  },
});
