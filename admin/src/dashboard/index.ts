import { lazy } from 'react';

/** The landing page of every role (react-admin's `dashboard`), a chunk of its own. */
export const dashboard = lazy(async () => ({ default: (await import('./Dashboard')).Dashboard }));
