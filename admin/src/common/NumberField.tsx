import { NumberField as RaNumberField, useLocaleState, type NumberFieldProps } from 'react-admin';
import { intlLocale } from './numbers';

/**
 * react-admin's NumberField in the console's language (1.980; 57,6), not the browser's: its
 * default is the browser locale, which wrote "1,980" in a Vietnamese page.
 */
export const NumberField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <RaNumberField locales={intlLocale(locale)} {...props} />;
};

/** A year (Năm sinh 1980): never grouped. */
export const YearField = (props: NumberFieldProps) => <NumberField options={{ useGrouping: false }} {...props} />;
