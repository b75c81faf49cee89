import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A calendar day (YYYY-MM-DD) shown the way the current language writes dates. */
export const DayField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale === 'en' ? 'en-GB' : 'vi-VN'} {...props} />;
};

/** A timestamp with its time of day. */
export const TimestampField = (props: DateFieldProps) => <DayField showTime {...props} />;
