import { Box } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm } from 'react-admin';

/** react-admin's login form (its first field is labelled Email) with the language switch under it. */
export const LoginPage = () => (
  <Login>
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
      <LocalesMenuButton />
    </Box>
  </Login>
);
