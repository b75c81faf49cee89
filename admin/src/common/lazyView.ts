import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first use: each route of the console is its own chunk, so the sign-in page
 * and the first screen download only what they show (see vite.config.ts for the size limits).
 * `name` is the named export of the module (screens are named exports, as in the react-admin demo).
 */
export const lazyView = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
