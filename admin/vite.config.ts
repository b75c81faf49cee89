import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves the built console at /admin and the API at /graphql on the same origin;
// in `npm run dev -w admin` the dev server proxies /graphql to a server running locally.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 3000,
  },
  server: {
    proxy: {
      '/graphql': process.env.HOAGIAI_API_URL ?? 'http://localhost:4000',
    },
  },
});
