import { validate, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { perRequestField } from './per-field';

/** type-graphql's defaults for class-validator, kept as they were. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const validated = perRequestField<unknown, Promise<void>>();

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

async function validateValue(value: unknown): Promise<void> {
  const failures = await failuresOf(value, '', true);
  if (failures.length > 0) throw new ArgumentValidationError(failures);
}

/**
 * class-validator's failures of an argument and of every input object nested in it, each named by
 * its path ('filter.q', 'tasks.2.lead'). type-graphql validates only the argument's own object
 * (nested objects only where @ValidateNested says so), which left the rules of every list's filter
 * and of the plan draft's parts unchecked: every nested object is validated here, as its class
 * declares. A property whose own rules failed is not looked into.
 */
async function failuresOf(value: unknown, prefix: string, top = false): Promise<ValidationError[]> {
  if (!isObject(value)) return [];
  if (Array.isArray(value)) {
    return (await Promise.all(value.map((item, i) => failuresOf(item, top ? prefix : `${prefix}${i}.`)))).flat();
  }
  const own = await validate(value, OPTIONS);
  for (const failure of own) failure.property = prefix + failure.property;
  const failed = new Set(own.map((failure) => failure.property));
  const nested = await Promise.all(Object.entries(value)
    .filter(([key, item]) => isObject(item) && !failed.has(prefix + key))
    .map(([key, item]) => failuresOf(item, `${prefix}${key}.`)));
  return [...own, ...nested.flat()];
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
