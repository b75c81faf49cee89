import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/**
 * A page's actions wrap onto a second row when they do not fit the window (a plan has six, longer
 * still in Vietnamese) instead of widening the page past it, which pushed the last actions and the
 * ends of the page's lines out of sight.
 */
const wrapActions = {
  '& :is(.show-page, .edit-page, .create-page) > .MuiToolbar-root': { flexWrap: 'wrap', rowGap: 1 },
} as const;

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppBar} menu={AppMenu} sx={wrapActions}>{children}</Layout>;
