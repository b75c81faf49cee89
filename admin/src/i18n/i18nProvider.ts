import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishWithApp } from './en';
import { LOCALES, storedLocale } from './signInMessages';
import { vietnameseMessages } from './vi';

export { LOCALES };

/**
 * Vietnamese by default. react-admin keeps the chosen locale in its store (localStorage), where
 * the sign-in page also writes it, so the choice survives reloads and signing in.
 */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? englishWithApp : vietnameseMessages), storedLocale(), LOCALES);
