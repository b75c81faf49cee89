import { useLocaleState } from 'react-admin';
import { numberFormat } from './numbers';

/** Numbers in the console's language (common/numbers.ts), following the language switch. */
export const useNumberFormat = () => {
  const [locale] = useLocaleState();
  return numberFormat(locale);
};
