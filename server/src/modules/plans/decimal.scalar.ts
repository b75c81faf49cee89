import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../../core/errors';

/** Up to 11 integer and 3 fraction digits: PostgreSQL numeric(14,3), the type of every amount. */
const DECIMAL = /^-?\d{1,11}(\.\d{1,3})?$/;

/** "46.000" → "46", "2.500" → "2.5": the shortest exact spelling. */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value.replace(/^(-?)0+(?=\d)/, '$1');
  return value.replace(/^(-?)0+(?=\d)/, '$1').replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * A decimal string of at most 3 decimals ("95", "-2.5", " 85.500 ") in thousandths, exactly: the
 * one place amounts and target values become integers, so they are added and compared, never as
 * floats.
 */
export function toThousandths(value: string): bigint {
  const text = value.trim();
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const magnitude = BigInt(whole || '0') * 1000n + BigInt((fraction + '000').slice(0, 3));
  return text.startsWith('-') ? -magnitude : magnitude;
}

/** Thousandths back to the shortest exact decimal string (-2500n → "-2.5"). */
export function fromThousandths(value: bigint): string {
  const magnitude = value < 0n ? -value : value;
  return normalizeDecimal(`${value < 0n ? '-' : ''}${magnitude / 1000n}.${String(magnitude % 1000n).padStart(3, '0')}`);
}

/**
 * Sums decimal strings exactly (numeric(14,3)): the appendix total and the reading of a plan's
 * budget add amounts here.
 */
export const sumAmounts = (amounts: readonly string[]): string =>
  fromThousandths(amounts.reduce((total, amount) => total + toThousandths(amount), 0n));

export function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!DECIMAL.test(text)) {
    // A scalar does not know its argument's name; like other format errors it names "input".
    throw new AppError('BAD_USER_INPUT', `Decimal must be a number with at most 11 integer and 3 fraction digits, such as "46" or "2.5"; got ${JSON.stringify(value)}`, { field: 'input', reason: 'DECIMAL_FORMAT' });
  }
  return normalizeDecimal(text);
}

/**
 * Money and target values are exact decimals: they travel as strings ("46", "2.5") so no client
 * turns 0.1 + 0.2 into 0.30000000000000004, and all arithmetic happens in SQL numeric. Input may be
 * a string or a number (react-admin's NumberInput sends numbers).
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal, serialized as a string ("46", "2.5"): at most 11 integer and 3 fraction digits. Budget amounts are million VND. Input accepts a string or a number.',
  serialize: (value) => normalizeDecimal(String(value)),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new AppError('BAD_USER_INPUT', 'Decimal must be a string or a number', { field: 'input', reason: 'DECIMAL_FORMAT' });
  },
});
