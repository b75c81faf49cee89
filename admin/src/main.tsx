import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { hasSession } from './auth/session';
import { SignInPage } from './layout/SignInPage';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);

// The console (react-admin, the data provider, every screen) is downloaded only once someone is
// signed in, or while they type their password: the sign-in page is a few MUI components.
const loadApp = () => import('./App');
const App = lazy(async () => ({ default: (await loadApp()).App }));

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
          void loadApp().catch(() => undefined);
          // The screen a user lands on (the role's dashboard) is the next thing to draw.
          void import('./dashboard/Dashboard').catch(() => undefined);
        }}
        onSignedIn={() => {
          // react-admin would show its login route again: land on the page asked for, or the start.
          if (window.location.hash === '' || window.location.hash.startsWith('#/login')) window.location.hash = '#/';
          startConsole();
        }}
      />
    </StrictMode>,
  );
}
