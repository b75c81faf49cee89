import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
type AnyComponent = ComponentType<any>;

/** A component loaded on first use, which can also be asked to load ahead (`preload`). */
export type LazyView<C extends AnyComponent> = LazyExoticComponent<C> & { preload: () => Promise<void> };

/** A thenable that calls back at once: React.lazy reads it without suspending. */
const settled = <T>(value: T): Promise<T> => ({ then: (onFulfilled: (v: T) => unknown) => onFulfilled(value) }) as unknown as Promise<T>;

/**
 * A component loaded on first use: each route of the console is its own chunk, so the sign-in page
 * and the first screen download only what they show (see vite.config.ts for the size limits).
 * `name` is the named export of the module (screens are named exports, as in the react-admin demo).
 *
 * Once its module is loaded (`preload()`, called while the user signs in, or an earlier render) it
 * draws at once instead of suspending: React 19 holds back the reveal of a suspended boundary until
 * 300 ms after its fallback appeared, which added that much to the landing page at every level.
 */
export const lazyView = <M extends Record<K, AnyComponent>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyView<M[K]> => {
  type C = M[K];
  let component: C | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        component = module[name] as C;
      },
      (error: unknown) => {
        loading = undefined; // a failed download is tried again on the next use
        throw error;
      },
    ));
  const view = lazy(() => (component ? settled({ default: component }) : preload().then(() => ({ default: component as C }))));
  return Object.assign(view, { preload });
};
