import { TextInput, maxValue, minValue, number, required, useLocaleState, type TextInputProps } from 'react-admin';
import { intlLocale, parseDecimal } from './numbers';

type Props = Omit<TextInputProps, 'format' | 'parse' | 'type'> & { digits?: number };

/**
 * A decimal typed as the user writes it: "65,5" or "65.5" is 65.5, whatever the browser's locale
 * (an <input type="number"> follows the browser's and refuses "65,5" in an English browser). The
 * value is shown in the console's language. Text that is not a number is kept as typed, so the
 * form's validation says so.
 */
export const DecimalInput = ({ digits = 2, ...props }: Props) => {
  const [locale] = useLocaleState();
  const format = (value: unknown) =>
    typeof value === 'number' ? value.toLocaleString(intlLocale(locale), { useGrouping: false, maximumFractionDigits: digits }) : ((value as string | null) ?? '');
  const parse = (text: string) => {
    if (text.trim() === '') return null;
    const value = parseDecimal(text);
    return Number.isNaN(value) ? text : value;
  };
  return <TextInput {...props} format={format} parse={parse} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />;
};

/** A whole number or a year, without grouping (Năm sinh 1980), accepting nothing but digits. */
export const WholeNumberInput = (props: Omit<TextInputProps, 'format' | 'parse' | 'type'>) => (
  <TextInput
    {...props}
    format={(value: unknown) => (value == null ? '' : String(value))}
    parse={(text: string) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text)}
    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
  />
);

/** The year of a yearly record (a review, a year's counts, an assessment): the API accepts 2000–2100. */
export const recordYear = [required(), number(), minValue(2000), maxValue(2100)];
