import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { getUser, getWorkingUnitId, hasSession } from './auth/session';
import { lazyView } from './common/lazyView';
import { needsUnitPicked, preloadDashboard } from './dashboard';
import { SignInPage } from './layout/SignInPage';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);

// The console (react-admin, the data provider, every screen) is downloaded only once someone is
// signed in, or while they type their password: the sign-in page is a few MUI components.
const App = lazyView(() => import('./App'), 'App');

const Loading = () => (
  <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
    <CircularProgress />
  </Box>
);

const startConsole = () => {
  root.render(
    <StrictMode>
      <Suspense fallback={<Loading />}>
        <App />
      </Suspense>
    </StrictMode>,
  );
};

if (hasSession()) {
  startConsole();
} else {
  root.render(
    <StrictMode>
      <SignInPage
        prefetch={() => {
          void App.preload().catch(() => undefined);
          // The screen a user lands on (the role's dashboard) is the next thing to draw.
          void preloadDashboard().catch(() => undefined);
        }}
        onSignedIn={() => {
          // react-admin would show its login route again: land on the page asked for, or the start.
          if (window.location.hash === '' || window.location.hash.startsWith('#/login')) window.location.hash = '#/';
          // Landing on the dashboard: its figures are asked for now, while the console starts.
          const unitId = getWorkingUnitId();
          if (window.location.hash === '#/' && !needsUnitPicked(unitId, getUser()?.memberships ?? [])) {
            void import('./dashboard/dashboardData').then((m) => m.prefetchDashboard(unitId)).catch(() => undefined);
          }
          startConsole();
        }}
      />
    </StrictMode>,
  );
}
