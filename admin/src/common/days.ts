// Calendar days (the API's YYYY-MM-DD) as Vietnamese and English both write them: dd/mm/yyyy.

export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "2021-11-16" → "16/11/2021" (a calendar day: no time zone). */
export const formatDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

export const isRealDay = (iso: string): boolean => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};

/** Whether a value is a day the API takes (a real YYYY-MM-DD) or no day at all; anything else is refused. */
export const isDayOrEmpty = (value: unknown): boolean =>
  value == null || value === '' || (typeof value === 'string' && ISO_DAY.test(value) && isRealDay(value));

/** "16/11/2021" (or 16.11.2021, 16-11-2021) → "2021-11-16"; an empty box → null; anything else as typed, for validation to refuse. */
export const parseTypedDay = (text: string): string | null => {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = TYPED_DAY.exec(trimmed);
  if (!match) return trimmed;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isRealDay(iso) ? iso : trimmed;
};
