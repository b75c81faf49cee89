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
import { hamletMoves, unassignedHamlets } from './reform';
import memberships from './memberships';
import { budgetLines, plans } from './plans';
import indicators from './indicators';
import pilots from './pilots';
import reports from './reports';
import units from './units';
import users from './users';
import cases from './cases';
import mediators from './mediators';
import teams from './teams';
import trainerPools, { trainers } from './trainer-pools';
import trainings from './trainings';

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
        <Resource name="HamletMove" {...hamletMoves} />
        <Resource name="UnassignedHamlet" {...unassignedHamlets} />
        <Resource name="Agency" {...agencies} />
        <Resource name="Plan" {...plans} />
        <Resource name="BudgetLine" {...budgetLines} />
        <Resource name="Report" {...reports} />
        <Resource name="PilotSelection" {...pilots} />
        <Resource name="Indicators" {...indicators} />
        <Resource name="MediationTeam" {...teams} />
        <Resource name="Mediator" {...mediators} />
        <Resource name="TrainerPool" {...trainerPools} />
        <Resource name="Trainer" {...trainers} />
        <Resource name="TrainingEvent" {...trainings} />
        <Resource name="MediationCase" {...cases} />
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
