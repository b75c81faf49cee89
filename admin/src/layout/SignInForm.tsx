import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LOCALES, SIGN_IN, type Locale } from '../i18n/signInMessages';
import type { SignInError } from '../auth/signIn';

type Props = {
  locale: Locale;
  onLocale: (locale: Locale) => void;
  /** Signs in; rejects with a SignInError to show. */
  onSubmit: (email: string, password: string) => Promise<void>;
  /** Says a refusal the form has no words for (loaded with the console's message files). */
  describe?: (error: SignInError, locale: Locale) => Promise<string | undefined>;
  /** Called once the user starts typing: the console's code can start downloading. */
  onFirstInput?: () => void;
};

/**
 * The sign-in form: email, password, the language, and why a sign-in failed. It is built from a
 * few MUI components only, so that the sign-in page is small (main.tsx); the same form serves
 * react-admin's login route (LoginPage.tsx).
 */
export const SignInForm = ({ locale, onLocale, onSubmit, describe, onFirstInput }: Props) => {
  const words = SIGN_IN[locale];
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState(false);
  const touched = () => {
    if (typed) return;
    setTyped(true);
    onFirstInput?.();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(email, password);
    } catch (caught) {
      const refusal = caught as SignInError;
      const answered = Boolean(refusal.reason || refusal.code);
      const known = refusal.reason === 'BAD_CREDENTIALS' ? words.badCredentials : answered ? await describe?.(refusal, locale) : undefined;
      setError(known ?? (answered ? refusal.message : words.noAnswer));
      setBusy(false);
    }
  };
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#1976d2', p: 2 }}>
      <Card sx={{ width: 360, maxWidth: '100%' }}>
        <CardContent component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} noValidate>
          <Typography variant="h5" component="h1" textAlign="center">{words.title}</Typography>
          <TextField name="username" type="email" label={words.email} value={email} autoComplete="username" autoFocus required
            onChange={(e) => { touched(); setEmail(e.target.value); }} />
          <TextField name="password" type="password" label={words.password} value={password} autoComplete="current-password" required
            onChange={(e) => { touched(); setPassword(e.target.value); }} />
          {error ? <Alert severity="error" data-testid="sign-in-error">{error}</Alert> : null}
          <Button type="submit" variant="contained" disabled={busy || !email.trim() || !password}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}>
            {words.signIn}
          </Button>
          <TextField select size="small" label={words.language} value={locale} onChange={(e) => onLocale(e.target.value as Locale)}
            slotProps={{ htmlInput: { 'data-testid': 'sign-in-language' } }}>
            {LOCALES.map((l) => <MenuItem key={l.locale} value={l.locale}>{l.name}</MenuItem>)}
          </TextField>
        </CardContent>
      </Card>
    </Box>
  );
};
