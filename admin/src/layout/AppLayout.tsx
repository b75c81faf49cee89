import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppBar } from './AppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppBar}>{children}</Layout>;
