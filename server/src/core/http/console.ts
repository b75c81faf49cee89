import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { repoRoot } from '../config';

const dist = path.join(repoRoot, 'admin', 'dist');
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Hashed file names change with their content: cache them for a year; index.html is always revalidated. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8,}\.(js|css|woff2?|svg|png|jpe?g|webp|ico)$/;
const ENCODINGS: Record<string, string> = { br: '.br', gzip: '.gz' };

/**
 * The console is a static build served beside the API, so one port serves both. Hashed assets are
 * served precompressed (brotli or gzip, written by the build: admin/vite.config.ts) with a year of
 * immutable caching; index.html with no-cache; source maps never (the build makes none, and a
 * .map file is refused anyway).
 */
export function serveConsole(app: express.Express, log: (message: string) => void): void {
  app.get('/', (_req, res) => res.redirect('/admin/'));
  if (!existsSync(path.join(dist, 'index.html'))) {
    log(`The console is not built (${dist} is missing): run "npm run build" to serve it at /admin.`);
    app.use('/admin', (_req, res) => res.status(503).type('text/plain').send('The console is not built: run "npm run build".'));
    return;
  }
  // Browsers ask for /favicon.ico at the root whatever the page says; the console's icon answers it.
  app.get('/favicon.ico', (_req, res) => res.sendFile(path.join(dist, 'favicon.ico'), { maxAge: '1d' }));
  app.use('/admin', (req, res, next) => (/\.map$/i.test(req.path) ? res.status(404).type('text/plain').send('Not found') : next()));
  app.get(/^\/admin\/assets\//, (req, res, next) => serveAsset(req, res, next));
  app.use('/admin', express.static(dist, {
    index: false, maxAge: '1h', redirect: false,
    setHeaders: (res, file) => {
      if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  }));
  app.get(/^\/admin(\/.*)?$/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
}

function serveAsset(req: Request, res: Response, next: () => void): void {
  const relative = req.path.replace(/^\/admin/, '');
  const file = path.join(dist, path.normalize(relative));
  if (!file.startsWith(path.join(dist, 'assets') + path.sep) || !existsSync(file)) return next();
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
  const suffix = typeof encoding === 'string' ? ENCODINGS[encoding] : undefined;
  const compressed = suffix && existsSync(file + suffix);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', HASHED_ASSET.test(relative) ? IMMUTABLE : 'public, max-age=3600');
  res.type(path.extname(file));
  if (compressed) res.setHeader('Content-Encoding', encoding as string);
  res.sendFile(compressed ? file + suffix : file, { lastModified: true, cacheControl: false }, (error) => {
    if (error && !res.headersSent) next();
  });
}
