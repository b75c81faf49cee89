import type { ComponentType } from 'react';
import { Admin, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import './print.css';
import { createAuthProvider } from './auth/authProvider';
import { canManageUsers, capabilitiesOf, mayCreate } from './auth/permissions';
import { createLazyDataProvider } from './graphql/lazyDataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { withListPreload } from './layout/AppMenu';
import { AppTitle } from './layout/AppTitle';
import { LoginPage } from './layout/LoginPage';
import agencies from './agencies';
import hamlets from './hamlets';
import { hamletMoves, unassignedHamlets } from './reform';
import memberships from './memberships';
import { budgetLines, PlanImportView, plans } from './planRoutes';
import indicators, { indicatorCatalogue } from './indicators';
import pilots from './pilots';
import reports from './reports';
import units from './units';
import users from './users';
import cases from './cases';
import caseCounts from './case-counts';
import communeProfiles from './commune-profiles';
import assessments from './assessments';
import mediators from './mediators';
import teams from './teams';
import teamReviews from './team-reviews';
import trainerPools, { trainers } from './trainer-pools';
import trainings from './trainings';
import { dashboard } from './dashboard';

type ResourceViews = { list?: ComponentType; create?: ComponentType; edit?: ComponentType };

const dataProvider = createLazyDataProvider();
const authProvider = createAuthProvider();

export const App = () => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    dashboard={dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {(permissions) => {
      const capabilities = capabilitiesOf(permissions);
      // Only shapes what is offered (no "create" or "edit" where the server would refuse them); the server decides.
      const offered = <D extends ResourceViews>(name: string, definition: D): D =>
        withListPreload(name, mayCreate(name, capabilities) ? definition : { ...definition, create: undefined, edit: undefined });
      return (
        <>
          <Resource name="AdministrativeUnit" {...withListPreload('AdministrativeUnit', units)} />
          <Resource name="Hamlet" {...offered('Hamlet', hamlets)} />
          {/* Read only: moves are made by the mapping or by an assignment (offered to the province's admin on the list). */}
          <Resource name="HamletMove" {...withListPreload('HamletMove', hamletMoves)} />
          <Resource name="UnassignedHamlet" {...withListPreload('UnassignedHamlet', unassignedHamlets)} />
          <Resource name="Agency" {...offered('Agency', agencies)} />
          <Resource name="Plan" {...offered('Plan', plans)}>
            {mayCreate('Plan', capabilities) ? <Route path="import" element={<PlanImportView />} /> : null}
          </Resource>
          <Resource name="BudgetLine" {...offered('BudgetLine', budgetLines)} />
          <Resource name="Report" {...offered('Report', reports)} />
          <Resource name="ReportObligation" />
          <Resource name="PilotSelection" {...offered('PilotSelection', pilots)} />
          <Resource name="Indicators" {...withListPreload('Indicators', indicators)} />
          <Resource name="Indicator" {...offered('Indicator', indicatorCatalogue)} />
          <Resource name="MediationTeam" {...offered('MediationTeam', teams)} />
          <Resource name="TeamReview" {...offered('TeamReview', teamReviews)} />
          <Resource name="Mediator" {...offered('Mediator', mediators)} />
          <Resource name="TrainerPool" {...offered('TrainerPool', trainerPools)} />
          <Resource name="Trainer" {...offered('Trainer', trainers)} />
          <Resource name="TrainingEvent" {...offered('TrainingEvent', trainings)} />
          <Resource name="MediationCase" {...offered('MediationCase', cases)} />
          <Resource name="CaseYearlyCount" {...offered('CaseYearlyCount', caseCounts)} />
          <Resource name="CommuneProfile" {...offered('CommuneProfile', communeProfiles)} />
          <Resource name="AccessToLawAssessment" {...offered('AccessToLawAssessment', assessments)} />
          {canManageUsers(permissions) ? (
            <>
              <Resource name="User" {...offered('User', users)} />
              <Resource name="Membership" {...offered('Membership', memberships)} />
            </>
          ) : null}
        </>
      );
    }}
  </Admin>
);
