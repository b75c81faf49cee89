import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { badInput } from '../errors';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 500;

/** react-admin's list arguments: page is 0-based. The filter argument is declared per resource. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;

  @Field({ nullable: true })
  sortField?: string;

  @Field({ nullable: true, description: 'ASC or DESC' })
  sortOrder?: string;
}

/** The count query takes the same page arguments as the list (ignored), as react-admin sends them. */
@ArgsType()
export class MetaArgs {
  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

export type Page = { offset: number; limit: number };

/** Bounds every list: a page never holds more than MAX_PER_PAGE rows. */
export function pageOf(args: { page?: number | null; perPage?: number | null }, idsCount?: number): Page {
  const perPage = args.perPage ?? (idsCount ? Math.min(idsCount, MAX_PER_PAGE) : DEFAULT_PER_PAGE);
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw badInput('perPage', `perPage must be between 1 and ${MAX_PER_PAGE}`, 'PER_PAGE_OUT_OF_RANGE', { max: MAX_PER_PAGE });
  }
  if (!Number.isInteger(page) || page < 0) throw badInput('page', 'page must be 0 or more', 'PAGE_NEGATIVE');
  return { offset: page * perPage, limit: perPage };
}

/**
 * A sort key no index matches: `coalesce(x, x)` has x's values, type, collation and nulls.
 *
 * Under row-level security the planner cannot see how many rows a scope selects: ltree's operators
 * are not leakproof, so the table's statistics are withheld from it, and it takes each path of the
 * scope for 1 % of the table. With an index in the sort's order (a foreign key, a year, a date) it
 * then walks that index and filters every row by the policy, expecting a page within a few
 * thousand rows; at national scale a commune's 59 mediators lie among 627,000, and the walk read
 * them all (1.2–2.8 s). Sorting what the scope's own index returns costs what the scope holds,
 * whatever the country holds (docs/performance.md, eleventh round).
 */
export const unindexedSort = (column: string) => `coalesce(${column}, ${column})`;

/**
 * Sorting by a whitelisted field only; the id breaks ties so pages are stable. Tenant lists sort by
 * `unindexedSort`; a table without row-level security (the administrative units) passes
 * `{ indexOrder: true }` and keeps the walk of its index, which its own filters estimate well.
 */
export function applyListArgs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ListArgs,
  sortable: Record<string, string>,
  defaultSort: string,
  idsCount?: number,
  { indexOrder = false }: { indexOrder?: boolean } = {},
): SelectQueryBuilder<T> {
  const { offset, limit } = pageOf(args, idsCount);
  const column = sortable[args.sortField ?? defaultSort];
  if (!column) throw badInput('sortField', `sortField must be one of: ${Object.keys(sortable).join(', ')}`, 'SORT_FIELD_UNKNOWN', { allowed: Object.keys(sortable) });
  const order = (args.sortOrder ?? 'ASC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw badInput('sortOrder', 'sortOrder must be ASC or DESC', 'SORT_ORDER_INVALID');
  return qb
    .orderBy(indexOrder ? column : unindexedSort(column), order)
    .addOrderBy(`${qb.alias}.id`, order)
    .offset(offset)
    .limit(limit);
}

/** The longest search text accepted: names and titles are far shorter, and a long pattern costs every row it is compared with. */
export const MAX_SEARCH_LENGTH = 200;

/** Search text the way the database stores it: lower case, no diacritics, đ → d. */
export function searchPattern(q: string): string {
  if (q.length > MAX_SEARCH_LENGTH) {
    throw badInput('filter.q', `The search text must be at most ${MAX_SEARCH_LENGTH} characters`, 'SEARCH_TOO_LONG', { max: MAX_SEARCH_LENGTH });
  }
  const plain = q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => `\\${c}`)
    .trim()
    .replace(/\s+/g, ' ');
  return `%${plain}%`;
}

/** ids arrive as GraphQL IDs (strings); anything that is not a positive integer matches nothing. At most a page of them. */
export function numericIds(ids: readonly (string | number)[]): number[] {
  if (ids.length > MAX_PER_PAGE) throw badInput('filter.ids', `At most ${MAX_PER_PAGE} ids at a time`, 'TOO_MANY_IDS', { max: MAX_PER_PAGE });
  return ids.map(Number).filter((id) => Number.isInteger(id) && id > 0 && id < 2 ** 31);
}

export function parseId(field: string, id: string | number): number {
  const value = Number(id);
  if (!Number.isInteger(value) || value <= 0 || value >= 2 ** 31) throw badInput(field, `${field} is not a valid id`, 'INVALID_ID');
  return value;
}
