import type { DataProvider } from 'react-admin';

type Method = Exclude<keyof DataProvider, 'supportAbortSignal'>;
const METHODS: Method[] = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'];

/**
 * The data provider, loaded with the first screen that asks for data: the Apollo client, the
 * GraphQL parser and ra-data-graphql are half of the console's code, and the sign-in page needs
 * none of them. A failed download is tried again on the next call.
 */
const loadModules = () => Promise.all([import('./dataProvider'), import('./apolloClient')]);

/** Starts downloading the data provider's code (the sign-in page calls it while the user types). */
export const prefetchDataProvider = () => loadModules();

export const createLazyDataProvider = (): DataProvider => {
  let loading: Promise<DataProvider> | undefined;
  const load = () => {
    loading ??= loadModules()
      .then(([{ createDataProvider }, { apolloClient }]) => createDataProvider(apolloClient))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
  const provider = {} as Record<Method, (...args: unknown[]) => Promise<unknown>>;
  for (const method of METHODS) {
    provider[method] = async (...args: unknown[]) => {
      const target = (await load()) as unknown as Record<Method, (...a: unknown[]) => Promise<unknown>>;
      return target[method](...args);
    };
  }
  return provider as unknown as DataProvider;
};
