import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../../core/errors';

/** Upper-case letters, digits and underscores, starting with a letter: TEAMS_CONSOLIDATED_SHARE. */
export const INDICATOR_CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

function parseCode(value: unknown): string {
  if (typeof value !== 'string' || !INDICATOR_CODE.test(value)) {
    throw new AppError('BAD_USER_INPUT', `An indicator code is 2 to 60 capital letters, digits and underscores, starting with a letter; got ${JSON.stringify(value)}`, {
      field: 'input', reason: 'INDICATOR_CODE_FORMAT',
    });
  }
  return value;
}

/**
 * The code of an indicator of the catalogue (table target_indicator). It replaces the closed enum
 * TargetIndicator: the built-in codes are unchanged, and a literal may still be written bare as the
 * enum value was (`indicator: TEAMS_CONSOLIDATED_SHARE`) or as a string.
 */
export const IndicatorCodeScalar = new GraphQLScalarType<string, string>({
  name: 'IndicatorCode',
  description: 'The code of an indicator of the catalogue (allIndicators): the built-in ones (TEAMS_CONSOLIDATED_SHARE, SETTLEMENT_RATE ...) and those admins add. Capital letters, digits and underscores; as a literal, bare or quoted.',
  serialize: (value) => String(value),
  parseValue: parseCode,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.ENUM || ast.kind === Kind.STRING) return parseCode(ast.value);
    throw new AppError('BAD_USER_INPUT', 'An indicator code is a name such as TEAMS_CONSOLIDATED_SHARE', { field: 'input', reason: 'INDICATOR_CODE_FORMAT' });
  },
});
