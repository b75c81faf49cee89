import { useTranslate } from 'react-admin';

/** The application's name in the current language (error and not-found pages show it). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('hoagiai.title')}</>;
};
