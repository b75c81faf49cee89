import { useState } from 'react';
import { signIn } from '../auth/signIn';
import { storedLocale, storeLocale, type Locale } from '../i18n/signInMessages';
import { SignInForm } from './SignInForm';

type Props = {
  /** Called once signed in: mounts the console. */
  onSignedIn: () => void;
  /** Starts downloading the console while the user types. */
  prefetch: () => void;
};

/** The page the console opens with when nobody is signed in (main.tsx): no react-admin yet. */
export const SignInPage = ({ onSignedIn, prefetch }: Props) => {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const changeLocale = (next: Locale) => {
    storeLocale(next);
    document.documentElement.lang = next;
    setLocale(next);
  };
  return (
    <SignInForm
      locale={locale}
      onLocale={changeLocale}
      onFirstInput={() => {
        prefetch();
        // The data provider's chunks too: the first screen asks for data at once.
        void import('../graphql/lazyDataProvider').then((m) => m.prefetchDataProvider()).catch(() => undefined);
      }}
      onSubmit={async (email, password) => {
        await signIn(email, password);
        onSignedIn();
      }}
      describe={async (error, current) => (await import('../i18n/describeRefusal')).describeSignInError(error, current)}
    />
  );
};
