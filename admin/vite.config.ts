import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { buildSchema, introspectionFromSchema } from 'graphql';
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

const SCHEMA = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
const VIRTUAL = 'virtual:hoagiai-schema';

/**
 * The committed schema (schema/schema.graphql, emitted from the server's code and checked by a
 * test) as the introspection result ra-data-graphql needs, computed here at build time: the
 * console neither asks the server for it (production disables introspection) nor builds it from
 * the SDL in the browser, which took more than a second on a busy 2-core machine.
 */
const schemaIntrospection = (): Plugin => ({
  name: 'hoagiai-schema-introspection',
  resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
  load(id) {
    if (id !== `\0${VIRTUAL}`) return undefined;
    if (!existsSync(SCHEMA)) return 'export default null;';
    this.addWatchFile(SCHEMA);
    const introspection = introspectionFromSchema(buildSchema(readFileSync(SCHEMA, 'utf8'))).__schema;
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(introspection))});`;
  },
});

// The server serves the built console at /admin and the API at /graphql on the same origin;
// in `npm run dev -w admin` the dev server proxies /graphql to a server running locally.
//
// Size (issue 9): the sign-in page loads only main.tsx and a few MUI components; react-admin, the
// data provider and every screen are chunks loaded on first use (App.tsx, common/lazyView.ts,
// graphql/lazyDataProvider.ts). `npm run bench` checks the targets: at most 250 kB of gzipped
// JavaScript for the sign-in page, no chunk over 150 kB gzipped. Every asset is also written
// precompressed (brotli, gzip: precompress() above), served with a year of immutable caching.
//
// No source maps in the build the server serves: they would publish the whole source (the server
// refuses *.map anyway; debug with `npm run dev -w admin`). For looking into the bundle,
// HOAGIAI_SOURCEMAP=1 writes them as "hidden" (not referenced by the scripts), to be read from
// admin/dist locally.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react(), schemaIntrospection(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: process.env.HOAGIAI_SOURCEMAP ? 'hidden' : false,
    // Raw (minified) size; the gzipped targets are measured by the bench.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/graphql': process.env.HOAGIAI_API_URL ?? 'http://localhost:4000',
    },
  },
});
