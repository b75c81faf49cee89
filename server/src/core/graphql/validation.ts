import { validate, ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { perRequestField } from './per-field';

/** type-graphql's defaults for class-validator, kept as they were. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** A field's check in a request: its promise, and whether it has passed. */
type Check = { promise: Promise<void>; passed: boolean };

const checks = perRequestField<unknown, Check>();

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

async function validateValue(value: unknown): Promise<void> {
  const failures = Array.isArray(value) ? (await Promise.all(value.map(failuresOf))).flat() : await failuresOf(value);
  if (failures.length > 0) throw new ArgumentValidationError(failures);
}

/**
 * class-validator's failures of an argument and of every input object nested in it, the nested
 * ones as children of their property (as `@ValidateNested` makes them: the answer names the field
 * by its path, 'filter.q', 'tasks.0.lead.0.label'). type-graphql validates only the argument's own
 * object, which left the rules of every list's filter and of the plan draft's parts unchecked:
 * every nested object is validated here, as its class declares. A property whose own rules (or
 * `@ValidateNested`) failed is not looked into again.
 */
async function failuresOf(value: unknown): Promise<ValidationError[]> {
  if (!isObject(value)) return [];
  if (Array.isArray(value)) return nestedFailures(value, value.map((item, i) => [String(i), item] as const));
  const own = await validate(value, OPTIONS);
  const failed = new Set(own.map((failure) => failure.property));
  const nested = await nestedFailures(value, Object.entries(value).filter(([key, item]) => isObject(item) && !failed.has(key)));
  return [...own, ...nested];
}

async function nestedFailures(target: object, entries: (readonly [string, unknown])[]): Promise<ValidationError[]> {
  const found = await Promise.all(entries.map(async ([property, item]) => ({ property, item, children: await failuresOf(item) })));
  return found.filter(({ children }) => children.length > 0)
    .map(({ property, item, children }) => Object.assign(new ValidationError(), { target, property, value: item, children }));
}

/**
 * Validates a resolver's arguments with class-validator once per field of the document and
 * request, not once per row. PERF: type-graphql validates the arguments of every resolver call,
 * so `children(perPage: 5)` under a page of 100 districts was validated 100 times, each time
 * re-importing class-validator (12% of W1's CPU). A field's arguments are a function of its nodes
 * in the document and the request's variables alone, and every row of a list is resolved with the
 * same `fieldNodes` array, so the first answer holds for every row of the request. Only of the
 * request: a compiled document's next execution has other variables (per-field.ts).
 *
 * Answers the check to wait for, or nothing once it has passed (or for a value that is not an
 * object), so that a resolver called directly (direct-field-resolvers.ts) waits on its first rows only.
 */
export function validatedOnce(request: object, info: GraphQLResolveInfo, argType: unknown, argValue: unknown): Promise<void> | undefined {
  if (!isObject(argValue)) return undefined;
  const check = checks(request, info.fieldNodes, argType, () => {
    const key = valueKey(argValue);
    let seen = passedBefore.get(argType);
    if (key !== undefined && seen?.has(key)) return PASSED;
    const started: Check = { promise: validateValue(argValue), passed: false };
    started.promise.then(() => {
      started.passed = true;
      if (key === undefined) return;
      if (!seen) passedBefore.set(argType, (seen = new Set()));
      if (seen.size >= MAX_PASSED_PER_TYPE) seen.clear();
      seen.add(key);
    }, () => undefined);
    return started;
  });
  return check.passed ? undefined : check.promise;
}

/**
 * The values of each argument type that passed, across requests. PERF (issue 11, twenty-first
 * round): class-validator looks up and runs every rule of the class on each call (3 % of W2's CPU
 * for `allHamlets(perPage: 50)`), and a console asks the same few arguments all day. Every rule
 * here is one of class-validator's own, a function of the value alone (no database, no clock), and
 * an argument type's value is converted to the same classes whenever its JSON is the same: a value
 * that passed passes again. Only passes are kept; a value that fails is validated every time, so
 * its answer names the field and the reason as before. A test lists the kinds of rule the API uses
 * (tests/foundation/request-path.test.ts): a new kind must be judged a function of the value alone.
 */
const passedBefore = new Map<unknown, Set<string>>();
const MAX_PASSED_PER_TYPE = 1_000;
const PASSED: Check = { promise: Promise.resolve(), passed: true };

/**
 * The value's JSON, or undefined for a value its JSON does not spell out exactly: a Date or any
 * other object with its own JSON form, a Map or Set, a bigint, a number that is not finite.
 */
function valueKey(value: object): string | undefined {
  let exact = true;
  try {
    const key = JSON.stringify(value, function (this: Record<string, unknown>, name: string, item: unknown) {
      const original = name === '' ? value : this[name];
      if (typeof original === 'object' && original !== null && ('toJSON' in original || original instanceof Map || original instanceof Set)) exact = false;
      if (typeof original === 'number' && !Number.isFinite(original)) exact = false;
      return item;
    });
    return exact ? key : undefined;
  } catch {
    return undefined; // a bigint, a cycle
  }
}

/** validatedOnce as type-graphql's validateFn (the resolvers type-graphql still calls: queries and mutations). */
export const validateOncePerField: ValidatorFn = (argValue, argType, { info, context }) => validatedOnce(context as object, info, argType, argValue);
