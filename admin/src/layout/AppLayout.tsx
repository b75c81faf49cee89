import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppBar} menu={AppMenu}>{children}</Layout>;
