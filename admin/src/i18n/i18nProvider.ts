import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { englishWithApp } from './en';
import { LOCALES, storedLocale } from './signInMessages';
import { withNameInSentence, withoutRepeatedName } from './pageTitle';
import { vietnameseMessages } from './vi';

export { LOCALES };

/**
 * Vietnamese by default. react-admin keeps the chosen locale in its store (localStorage), where
 * the sign-in page also writes it, so the choice survives reloads and signing in.
 */
const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? englishWithApp : vietnameseMessages), storedLocale(), LOCALES);

/** A resource's name as a sentence says it, where its messages give one (react-admin's key). */
const forcedCaseName = (resource: string) => polyglot.translate(`resources.${resource}.forcedCaseName`, { _: '' }) || undefined;

/**
 * polyglot's, with a record page's title not saying the resource's name twice, and the name in
 * lower case inside a sentence (pageTitle.ts).
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  translate: (key, options) => withoutRepeatedName(key, options, polyglot.translate(key, withNameInSentence(key, options, forcedCaseName) as typeof options)),
};
