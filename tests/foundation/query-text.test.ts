import { Brackets, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAndParameters, queryText, textKey } from '../../server/src/core/query-text';
import { HamletEntity } from '../../server/src/modules/hamlets/hamlet.entity';
import { AdminUnitEntity } from '../../server/src/modules/units/unit.entity';
import { startTestAppWithDataSource } from '../support/harness';

/**
 * A query builder's text is written by TypeORM once per shape and kept (query-text.ts, issue 11,
 * twenty-first round). Kept texts must be exactly TypeORM's, a builder of another shape must never
 * get another's text, and a builder the key cannot spell out must be written by TypeORM every time.
 * (The whole suite also runs with QUERY_TEXT_CHECK=1: every kept text used is compared with TypeORM's.)
 */
let dataSource: DataSource;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ dataSource, close } = await startTestAppWithDataSource());
});
afterAll(() => close?.());

type Builder = SelectQueryBuilder<ObjectLiteral>;

/** A hamlet list as the lists write it: filters, sort, page, the columns asked for. */
function hamlets(change: (qb: Builder) => void = () => undefined): Builder {
  const qb = dataSource.createQueryBuilder(HamletEntity, 'h') as Builder;
  qb.andWhere('h.search like :pattern', { pattern: '%khom%' }).andWhere('h.unit_id = :unitId', { unitId: 7 })
    .orderBy('h.name', 'ASC').addOrderBy('h.id', 'ASC').offset(0).limit(25)
    .select('h.id', 'id').addSelect('h.name', 'name');
  change(qb);
  return qb;
}

describe('a kept query text', () => {
  it("is TypeORM's own text and parameters, the first time and every time after", () => {
    for (let i = 0; i < 3; i += 1) {
      const qb = hamlets((b) => b.setParameters({ pattern: `%${i}%`, unitId: i }));
      expect(textKey(qb)).toBeDefined();
      expect(queryText(qb)).toBe(qb.getQuery());
      expect(queryAndParameters(qb)).toEqual(qb.getQueryAndParameters());
      expect(queryAndParameters(qb)[1]).toEqual([`%${i}%`, i]);
    }
  });

  it('differs with every part of the shape: columns, conditions, order, page, flags, entity and alias', () => {
    const shapes: Builder[] = [
      hamlets(),
      hamlets((qb) => qb.addSelect('h.kind', 'kind')),
      hamlets((qb) => qb.andWhere('h.kind = :kind', { kind: 'KHOM' })),
      hamlets((qb) => qb.orWhere('h.kind = :kind', { kind: 'KHOM' })),
      hamlets((qb) => qb.orderBy('h.name', 'DESC').addOrderBy('h.id', 'DESC')),
      hamlets((qb) => qb.orderBy('h.created_at', 'ASC').addOrderBy('h.id', 'ASC')),
      hamlets((qb) => qb.limit(50)),
      hamlets((qb) => qb.offset(25)),
      hamlets((qb) => qb.distinct(true)),
      hamlets((qb) => qb.setLock('pessimistic_read')),
      hamlets((qb) => qb.comment('a comment')),
      dataSource.createQueryBuilder(HamletEntity, 'x').select('x.id', 'id') as Builder,
      dataSource.createQueryBuilder(HamletEntity, 'h').select('h.id', 'id') as Builder,
      dataSource.createQueryBuilder(AdminUnitEntity, 'h').select('h.id', 'id') as Builder,
    ];
    const texts = shapes.map((qb) => queryText(qb));
    expect(new Set(shapes.map((qb) => textKey(qb))).size).toBe(shapes.length);
    expect(new Set(texts).size).toBe(shapes.length);
    // Each kept text, asked again by a builder of the same shape, is still its own shape's.
    shapes.forEach((qb, i) => expect([queryText(qb), texts[i]]).toEqual([qb.getQuery(), qb.getQuery()]));
  });

  it('is not kept for a builder the key cannot spell out: a join, a bracketed condition, a subquery, a CTE', () => {
    const unspelled: Builder[] = [
      hamlets((qb) => qb.leftJoin(AdminUnitEntity, 'u', 'u.id = h.unit_id')),
      hamlets((qb) => qb.andWhere(new Brackets((inner) => inner.where('h.kind = :kind', { kind: 'AP' }).orWhere('h.kind = :other', { other: 'KHOM' })))),
      dataSource.createQueryBuilder().select('t.id', 'id').from((sub) => sub.select('h.id', 'id').from(HamletEntity, 'h'), 't') as Builder,
      hamlets((qb) => qb.addCommonTableExpression('select 1 as one', 'ones')),
    ];
    for (const qb of unspelled) {
      expect(textKey(qb)).toBeUndefined();
      expect(queryText(qb)).toBe(qb.getQuery());
    }
  });
});
