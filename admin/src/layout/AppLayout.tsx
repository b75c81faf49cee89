import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/**
 * Nothing widens a page past the window, which pushed a page's last actions and the ends of its
 * lines out of sight: a page's actions and a list's filters and actions wrap onto a second row when
 * they do not fit (a plan has six actions, longer still in Vietnamese).
 */
const fitTheWindow = {
  '& :is(.show-page, .edit-page, .create-page) > .MuiToolbar-root': { flexWrap: 'wrap', rowGap: 1 },
  '& .RaList-actions, & .RaList-actions .MuiToolbar-root': { flexWrap: 'wrap' },
  // A table wider than the window (a list, a dashboard's units) scrolls within its own frame;
  // `contain` keeps its columns from asking the page for their width (the layout is at least as
  // wide as its content's minimum).
  '& :is(.RaDatagrid-tableWrapper, .RaDataTable-tableWrapper, .MuiCardContent-root:has(> .MuiTable-root))': { overflowX: 'auto', contain: 'inline-size' },
} as const;

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppBar} menu={AppMenu} sx={fitTheWindow}>{children}</Layout>;
