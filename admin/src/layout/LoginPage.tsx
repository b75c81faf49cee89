import { useLocaleState, useLogin } from 'react-admin';
import { describeSignInError } from '../i18n/describeRefusal';
import type { Locale } from '../i18n/signInMessages';
import { SignInForm } from './SignInForm';

/**
 * react-admin's login route (after signing out, or when a session expires): the same form as the
 * sign-in page the console opens with (main.tsx), signing in through react-admin so that it goes
 * back to the page that asked.
 */
export const LoginPage = () => {
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  return (
    <SignInForm
      locale={locale === 'en' ? 'en' : 'vi'}
      onLocale={(next: Locale) => setLocale(next)}
      onSubmit={(email, password) => login({ username: email, password })}
      describe={describeSignInError}
    />
  );
};
