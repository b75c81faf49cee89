/**
 * ICU-like messages for the server's reasons (reasons.vi.ts, reasons.en.ts), formatted in the
 * user's language:
 *
 *   {name}                        the value: a number as the language writes it, without grouping
 *                                 (years: 1980); a list joined with commas; a date (YYYY-MM-DD) as dd/mm/yyyy
 *   {name, number}                a number with grouping (10.000.000 / 10,000,000), also a decimal sent as a string ("2.5" → 2,5)
 *   {name, plural, one {…} other {…}}   by count; # is the count
 *   {name, select, A {…} other {…}}     by value
 *   {name, label, prefix}         the translation of `prefix.<value>` (a role, a level, a status ...)
 *   {name, labels, prefix}        the same for each item of a list, joined with "hoặc" / "or"
 *   {name, entity}                the resource's name, in the sentence's case ("tổ hòa giải")
 *
 * A parameter the server did not send is left out, so a message never shows a placeholder.
 */
import { formatDay } from '../common/days';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

type Context = { locale: string; translate: Translate; params: Record<string, unknown> };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

const numberLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');


function plain(value: unknown, locale: string): string {
  if (value == null) return '';
  if (typeof value === 'number') return value.toLocaleString(numberLocale(locale), { useGrouping: false, maximumFractionDigits: 3 });
  if (Array.isArray(value)) return value.map((item) => plain(item, locale)).join(', ');
  if (typeof value === 'string' && DAY.test(value)) return formatDay(value);
  return String(value);
}

/** The branches of a plural or select: `one {…} other {…}` → { one: '…', other: '…' }. */
function branches(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i += 1;
    const start = i;
    while (i < text.length && text[i] !== '{' && !/\s/.test(text[i])) i += 1;
    const key = text.slice(start, i);
    while (i < text.length && text[i] !== '{') i += 1;
    const end = matching(text, i);
    if (!key || end < 0) break;
    result[key] = text.slice(i + 1, end);
    i = end + 1;
  }
  return result;
}

/** The index of the brace closing the one at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function entityName(value: unknown, translate: Translate): string {
  const name = translate(`resources.${String(value)}.name`, { smart_count: 1, _: String(value) });
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

function argument(body: string, ctx: Context): string {
  const [name, kind, ...rest] = body.split(',').map((part) => part.trim());
  const value = ctx.params[name];
  const option = rest.join(',').trim();
  switch (kind) {
    case undefined:
      return plain(value, ctx.locale);
    case 'number': {
      // Exact decimals travel as strings ("46", "2.5": budget amounts, target values).
      const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
      return typeof number === 'number' ? number.toLocaleString(numberLocale(ctx.locale), { maximumFractionDigits: 3 }) : plain(value, ctx.locale);
    }
    case 'label':
      return value == null ? '' : ctx.translate(`${option}.${String(value)}`, { _: String(value) });
    case 'labels':
      return (Array.isArray(value) ? value : value == null ? [] : [value])
        .map((item) => ctx.translate(`${option}.${String(item)}`, { _: String(item) }))
        .join(ctx.locale === 'en' ? ' or ' : ' hoặc ');
    case 'entity':
      return value == null ? '' : entityName(value, ctx.translate);
    case 'plural': {
      const cases = branches(body.slice(body.indexOf('plural') + 'plural'.length).replace(/^\s*,/, ''));
      const count = Number(value);
      const chosen = cases[`=${count}`] ?? (count === 1 ? cases.one : undefined) ?? cases.other ?? '';
      return format(chosen.replace(/#/g, plain(count, ctx.locale)), ctx);
    }
    case 'select': {
      const cases = branches(body.slice(body.indexOf('select') + 'select'.length).replace(/^\s*,/, ''));
      return format(cases[String(value)] ?? cases.other ?? '', ctx);
    }
    default:
      return plain(value, ctx.locale);
  }
}

function format(message: string, ctx: Context): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open < 0) {
      out += message.slice(i);
      break;
    }
    const close = matching(message, open);
    if (close < 0) {
      out += message.slice(i);
      break;
    }
    out += message.slice(i, open) + argument(message.slice(open + 1, close), ctx);
    i = close + 1;
  }
  return out;
}

export const formatMessage = (message: string, params: Record<string, unknown> | undefined, locale: string, translate: Translate): string =>
  format(message, { locale, translate, params: params ?? {} });

/** The parameter names a message uses (tests check them against the server's catalogue). */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) return;
      const close = matching(text, open);
      if (close < 0) return;
      const body = text.slice(open + 1, close);
      const [name, kind] = body.split(',').map((part) => part.trim());
      names.add(name);
      if (kind === 'plural' || kind === 'select') Object.values(branches(body.slice(body.indexOf(kind) + kind.length).replace(/^\s*,/, ''))).forEach(walk);
      i = close + 1;
    }
  };
  walk(message);
  return [...names];
}
