import { Admin, Resource } from 'react-admin';
import { createAuthProvider } from './auth/authProvider';
import { canManageUsers } from './auth/permissions';
import { apolloClient } from './graphql/apolloClient';
import { createDataProvider } from './graphql/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { LoginPage } from './layout/LoginPage';
import agencies from './agencies';
import hamlets from './hamlets';
import memberships from './memberships';
import units from './units';
import users from './users';

const dataProvider = createDataProvider(apolloClient);
const authProvider = createAuthProvider(apolloClient);

export const App = () => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {(permissions) => (
      <>
        <Resource name="AdministrativeUnit" {...units} />
        <Resource name="Hamlet" {...hamlets} />
        <Resource name="Agency" {...agencies} />
        {/* Only shapes the menu: the server decides who may read or change users. */}
        {canManageUsers(permissions) ? (
          <>
            <Resource name="User" {...users} />
            <Resource name="Membership" {...memberships} />
          </>
        ) : null}
      </>
    )}
  </Admin>
);
