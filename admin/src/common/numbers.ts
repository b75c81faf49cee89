/** The Intl locale of the console's language: Vietnamese writes 1.980 and 57,6; English 1,980 and 57.6. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');

// Intl.NumberFormat objects are costly to build (toLocaleString builds one per call): one per
// language and style, kept.
const formats = new Map<string, Intl.NumberFormat>();
const format = (tag: string, options: Intl.NumberFormatOptions) => {
  const key = `${tag} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.NumberFormat(tag, options)));
  return found;
};

/** Numbers as the user's language writes them, whatever the browser's own locale. */
export const numberFormat = (locale: string) => {
  const tag = intlLocale(locale);
  const plain = format(tag, { useGrouping: false, maximumFractionDigits: 3 });
  const percent = format(tag, { maximumFractionDigits: 1 });
  return {
    /** A count or an amount: 1.980 / 1,980. */
    number: (value: number | null | undefined, digits = 2) => (value == null ? '—' : format(tag, { maximumFractionDigits: digits }).format(value)),
    /** A year or a code: never grouped (Năm sinh 1980). */
    plain: (value: number | null | undefined) => (value == null ? '—' : plain.format(value)),
    /** A share in percent: 80,4% / 80.4%. */
    percent: (value: number | null | undefined) => (value == null ? '—' : `${percent.format(value)}%`),
  };
};

/**
 * A decimal as typed, in either language: "65,5" and "65.5" are both 65.5, whatever the browser's
 * locale. With both separators the last one is the decimal mark ("1.234,5" and "1,234.5"); a
 * separator that repeats groups thousands ("1.234.567"). Spaces are ignored. Anything else is NaN.
 */
export function parseDecimal(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!/^[-+]?[\d.,]+$/.test(compact)) return Number.NaN;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    normal = compact.split(grouping).join('').replace(decimal, '.');
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    const count = separator ? compact.split(separator).length - 1 : 0;
    normal = count > 1 ? compact.split(separator).join('') : compact.replace(',', '.');
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
}
