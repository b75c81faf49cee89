import { validate, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { perRequestField } from './per-field';

/** type-graphql's defaults for class-validator, kept as they were. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const validated = perRequestField<unknown, Promise<void>>();

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

async function validateValue(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : [];
  const errors: ValidationError[] = (await Promise.all(items.map((item) => validate(item, OPTIONS)))).flat();
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

/**
 * Validates a resolver's arguments with class-validator once per field of the document and
 * request, not once per row. PERF: type-graphql validates the arguments of every resolver call,
 * so `children(perPage: 5)` under a page of 100 districts was validated 100 times, each time
 * re-importing class-validator (12% of W1's CPU). A field's arguments are a function of its nodes
 * in the document and the request's variables alone, and every row of a list is resolved with the
 * same `fieldNodes` array, so the first answer holds for every row of the request. Only of the
 * request: a compiled document's next execution has other variables (per-field.ts).
 */
export const validateOncePerField: ValidatorFn = (argValue, argType, { info, context }) => {
  if (!isObject(argValue)) return undefined;
  return validated(context as object, info.fieldNodes, argType, () => validateValue(argValue));
};
