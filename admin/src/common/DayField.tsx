import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const useDateLocale = () => {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'vi-VN';
};

// A calendar day has no time zone: read "2025-07-01" as UTC so no browser shows 30 June.
const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };

/** A calendar day (YYYY-MM-DD) written as the current language does: dd/mm/yyyy. */
export const DayField = (props: DateFieldProps) => <DateField locales={useDateLocale()} options={DAY} {...props} />;

const MOMENT: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };

/** A timestamp, with its time of day, in the browser's time zone: dd/mm/yyyy hh:mm in both languages. */
export const TimestampField = (props: DateFieldProps) => <DateField locales={useDateLocale()} showTime options={MOMENT} {...props} />;
