import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { TenantSwitcher } from './TenantSwitcher';

const AppBarToolbar = () => (
  <>
    <TenantSwitcher />
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

export const AppBar = () => (
  <RaAppBar toolbar={<AppBarToolbar />}>
    <TitlePortal />
  </RaAppBar>
);
