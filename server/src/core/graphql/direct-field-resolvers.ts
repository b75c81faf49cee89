import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { validatedOnce } from './validation';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type ClassType = new () => object;

/** The parameters a direct call supplies: the root, the context, info, and scalar arguments. */
const DIRECT_KINDS = new Set<ParamMetadata['kind']>(['root', 'context', 'info', 'arg', 'args']);

/** What type-graphql hands to a resolver as it is (helpers/types.js, convertToType). */
const SIMPLE_TYPES: Function[] = [String, Boolean, Number, Date, Array, Promise];

/**
 * PERF (issue 11): type-graphql calls a field resolver, once per row, through a chain made for the
 * general case: it sorts the parameters' metadata, builds an array of them, converts the
 * arguments to their class and awaits their validation (an async function, so any argument makes
 * the call a promise), joins them with Promise.all and applies the method in a `then`. Under W1's
 * 100 districts, `parent` and `children(perPage: 5)` allocated 600 KB a request that way, a third
 * of all the request allocated (heap sampling, 500 requests).
 *
 * A field resolver with no middleware and no field-level @Authorized (type-graphql's chain is
 * then only the parameters), whose parameters are its root, context, info and arguments of scalar
 * or enum types, is called here directly: the same method on one instance of its class, the
 * parameters in their order, the root and an ArgsType converted to their class as type-graphql
 * converts them, and the arguments validated by the same check once per field and request
 * (validation.ts), waited for until it has passed. Any other field keeps type-graphql's resolver
 * (a test checks that every field resolver today is called directly).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[]): string[] {
  const storage = getMetadataStorage();
  const direct: string[] = [];
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const interfaceFields = storage.interfaceTypes.filter((it) => objectType.interfaceClasses?.includes(it.target)).flatMap((it) => it.fields ?? []);
    for (const field of [...interfaceFields, ...(objectType.fields ?? [])]) {
      // The field resolver type-graphql itself chose for this field (schema-generator.js).
      const resolver = storage.fieldResolvers.find((it) => (it.kind === 'internal' || resolverClasses.includes(it.target))
        && it.getObjectType?.() === field.target && it.methodName === field.name);
      const graphqlField = type.getFields()[field.schemaName];
      if (!resolver || !graphqlField || !callableDirectly(storage, resolver)) continue;
      graphqlField.resolve = directResolver(resolver);
      direct.push(`${objectType.name}.${field.schemaName}`);
    }
  }
  return direct;
}

function callableDirectly(storage: Storage, resolver: FieldResolverMetadata): boolean {
  if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles) return false;
  return (resolver.params ?? []).every((param) => {
    if (!DIRECT_KINDS.has(param.kind)) return false;
    if (param.kind === 'root' || param.kind === 'context') return param.propertyName === undefined;
    if (param.kind === 'arg' || param.kind === 'args') {
      if (param.validateSettings !== undefined || param.validateFn !== undefined) return false;
      const fieldTypes = param.kind === 'arg' ? [param.getType()] : argsFields(storage, param.getType() as Function)?.map((it) => it.getType());
      return fieldTypes !== undefined && fieldTypes.every((it) => !storage.inputTypes.some((input) => input.target === it));
    }
    return true;
  });
}

/** An ArgsType's fields with its ancestors' (convert-args.js); undefined for a class that is not one. */
function argsFields(storage: Storage, target: Function) {
  const own = storage.argumentTypes.find((it) => it.target === target);
  if (!own) return undefined;
  const fields = [...own.fields ?? []];
  for (let parent = Object.getPrototypeOf(target); parent?.prototype !== undefined; parent = Object.getPrototypeOf(parent)) {
    fields.push(...storage.argumentTypes.find((it) => it.target === parent)?.fields ?? []);
  }
  return fields;
}

function directResolver(resolver: FieldResolverMetadata): GraphQLFieldResolver<unknown, object, Record<string, unknown>> {
  const storage = getMetadataStorage();
  const params = [...resolver.params ?? []].sort((a, b) => a.index - b.index);
  const instance = new (resolver.target as ClassType)() as Record<string, (...values: unknown[]) => unknown>;
  const method = instance[resolver.methodName];
  // The classes the root and an ArgsType are converted to, found once (type-graphql asks on every call).
  const classes = params.map((param) => (param.kind === 'root' || param.kind === 'args' ? param.getType?.() as ClassType | undefined : undefined));
  const argsNames = params.map((param) => (param.kind === 'args' ? argsFields(storage, param.getType() as Function)!.map((it) => it.name) : []));
  return (root, args, context, info) => {
    const values = new Array<unknown>(params.length);
    let waiting: Promise<void> | undefined;
    for (let i = 0; i < params.length; i++) {
      const param = params[i];
      switch (param.kind) {
        case 'root': values[i] = classes[i] ? asInstance(classes[i]!, root) : root; break;
        case 'context': values[i] = context; break;
        case 'info': values[i] = info; break;
        case 'arg': values[i] = args[param.name]; break;
        case 'args': {
          const value = argsInstance(classes[i]!, argsNames[i], args);
          values[i] = value;
          waiting = validatedOnce(context, info as GraphQLResolveInfo, classes[i], value) ?? waiting;
          break;
        }
      }
    }
    return waiting ? waiting.then(() => method.apply(instance, values)) : method.apply(instance, values);
  };
}

/** type-graphql's conversion of an ArgsType of scalar fields: the arguments given, on an instance of its class. */
function argsInstance(target: ClassType, names: readonly string[], args: Record<string, unknown>): object {
  const given: Record<string, unknown> = {};
  for (const name of names) if (args[name] !== undefined) given[name] = args[name];
  return asInstance(target, given) as object;
}

/** type-graphql's convertToType for a class: the value itself when it is one already, else a copy on an instance. */
function asInstance(target: ClassType, data: unknown): unknown {
  if (data === null || data === undefined || typeof data !== 'object') return data;
  if (SIMPLE_TYPES.includes(data.constructor) || data instanceof target) return data;
  const instance = new target() as Record<string, unknown>;
  for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in data)) delete instance[key];
  return Object.assign(instance, data);
}
