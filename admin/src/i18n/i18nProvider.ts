import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishWithApp } from './en';
import { vietnameseMessages } from './vi';

export const LOCALES = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

/**
 * Vietnamese by default. react-admin keeps the chosen locale in its store (localStorage), so the
 * choice made in the app bar survives reloads.
 */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? englishWithApp : vietnameseMessages), 'vi', LOCALES);
