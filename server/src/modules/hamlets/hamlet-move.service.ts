import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import { moduleLoaders, type Context } from '../../core/context';
import { badInput, forbidden, notFound } from '../../core/errors';
import { applyListArgs, numericIds, pageOf, parseId, searchPattern, unindexedSort } from '../../core/graphql/list';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { covers } from '../../core/tenancy/scope';
import { UnitService } from '../units/unit.service';
import type { CreateHamletMoveArgs, HamletMoveFilter, HamletMoveListArgs, UnassignedHamletFilter, UnassignedHamletListArgs } from './hamlet-move.args';
import { HamletMoveEntity } from './hamlet-move.entity';
import { type HamletMove, HamletMoveBasis, MappingKind, type UnassignedHamlet } from './hamlet-move.type';
import { HamletEntity } from './hamlet.entity';
import type { HamletKind } from './hamlet.type';

const SORTABLE = { movedOn: 'mv.moved_on', createdAt: 'mv.created_at', basis: 'mv.basis', hamletId: 'mv.hamlet_id', unitId: 'mv.unit_id', id: 'mv.id' };

export const toHamletMove = (m: HamletMoveEntity): HamletMove => ({
  id: m.id, hamletId: m.hamletId, unitId: m.unitId, fromUnitId: m.fromUnitId, movedOn: m.movedOn, basis: m.basis as HamletMoveBasis,
  mapping: m.successionKind as MappingKind, teams: m.teams, mediators: m.mediators, note: m.note, movedById: m.movedBy,
  version: m.version, createdAt: m.createdAt,
});

const CANDIDATES_SQL = `select c.hamlet_id, c.unit_id from app.hamlet_move_candidates($1) c join admin_unit u on u.id = c.unit_id order by c.hamlet_id, u.code`;

const under = (column: string, param: string) => `${column} <@ (select u.path from admin_unit u where u.id = :${param})`;

/**
 * The dated moves of hamlets across the 2025 reform, and the hamlets still waiting for one. Which
 * rows exist for the caller is row-level security's decision: a move is read by the readers of its
 * destination and of its origin, never by a sibling.
 */
export class HamletMoveService {
  private static filtered(manager: EntityManager, filter: HamletMoveFilter = {}) {
    const qb = manager.createQueryBuilder(HamletMoveEntity, 'mv');
    if (filter.ids) qb.andWhere('mv.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('mv.hamlet_id in (select h.id from hamlet h where h.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) qb.andWhere(under('mv.unit_path', 'toUnit'), { toUnit: parseId('filter.unitId', filter.unitId) });
    if (filter.fromUnitId) qb.andWhere(under('mv.from_path', 'fromUnit'), { fromUnit: parseId('filter.fromUnitId', filter.fromUnitId) });
    if (filter.hamletId) qb.andWhere('mv.hamlet_id = :hamletId', { hamletId: parseId('filter.hamletId', filter.hamletId) });
    if (filter.basis) qb.andWhere('mv.basis = :basis', { basis: filter.basis });
    return qb;
  }

  static async list(ctx: Context, args: HamletMoveListArgs): Promise<HamletMove[]> {
    const qb = HamletMoveService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'movedOn', args.filter?.ids?.length).getMany()).map(toHamletMove);
  }

  static async count(ctx: Context, filter?: HamletMoveFilter): Promise<number> {
    return HamletMoveService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<HamletMove | null> {
    const row = await (await ctx.db()).findOne(HamletMoveEntity, { where: { id: parseId('id', id) } });
    return row ? toHamletMove(row) : null;
  }

  /**
   * The admin of the new province settles where a hamlet of a split or unmapped commune went:
   * the hamlet, its teams and their mediators pass to that commune from 1 July 2025; the records
   * made before stay with the old commune (app.assign_hamlets, then app.move_hamlets).
   */
  static async create(ctx: Context, args: CreateHamletMoveArgs): Promise<HamletMove> {
    const manager = await ctx.db();
    const hamlet = await manager.findOne(HamletEntity, { where: { id: parseId('hamletId', args.hamletId) } });
    if (!hamlet) throw notFound('Hamlet', args.hamletId);
    if (hamlet.movedOn) {
      throw badInput('hamletId', `${hamlet.name} moved already, on ${hamlet.movedOn}`, 'HAMLET_ALREADY_MOVED', { hamletId: hamlet.id, movedOn: hamlet.movedOn });
    }
    const origin = await UnitService.entity(manager, hamlet.unitId);
    if (!origin?.validTo) {
      throw badInput('hamletId', `${hamlet.name} is under ${origin?.name}, which is in force: it has nowhere to move`, 'HAMLET_NOT_UNASSIGNED', { hamletId: hamlet.id });
    }
    const destination = await UnitService.entity(manager, parseId('unitId', args.unitId));
    if (!destination) throw notFound('AdministrativeUnit', args.unitId);
    if (!covers(ctx.scope.admin, destination.path)) throw forbidden('Only the admin of the province the commune belongs to assigns hamlets to it', 'HAMLET_ASSIGNMENT_ADMIN_ONLY');
    const candidates = (await HamletMoveService.candidateIds(manager, [hamlet.id])).get(hamlet.id) ?? [];
    if (!candidates.includes(destination.id)) {
      throw badInput('unitId', `${destination.name} is not where ${hamlet.name} (${origin.name}) can go: choose one of its candidate communes`,
        'NOT_A_CANDIDATE', { hamletId: hamlet.id, unitId: destination.id, candidateUnitIds: candidates });
    }
    await manager.query('select app.assign_hamlets(array[$1::int], $2, $3)', [hamlet.id, destination.id, args.note?.trim() || null]);
    const move = await manager.findOneOrFail(HamletMoveEntity, { where: { hamletId: hamlet.id } });
    await audit(ctx, manager, {
      entity: 'HamletMove', entityId: move.id, action: 'CREATE', unitId: destination.id,
      after: { hamletId: hamlet.id, fromUnitId: move.fromUnitId, unitId: move.unitId, movedOn: move.movedOn, basis: move.basis, teams: move.teams, mediators: move.mediators },
    });
    return toHamletMove(move);
  }

  /** Candidate communes of hamlets still under an abolished commune (app.hamlet_move_candidates), in code order. */
  static async candidateIds(manager: EntityManager, hamletIds: number[]): Promise<Map<number, number[]>> {
    const rows: { hamlet_id: number; unit_id: number }[] = await manager.query(CANDIDATES_SQL, [hamletIds]);
    const byHamlet = new Map<number, number[]>();
    for (const row of rows) byHamlet.set(row.hamlet_id, [...(byHamlet.get(row.hamlet_id) ?? []), row.unit_id]);
    return byHamlet;
  }
}

type UnassignedRow = { id: number; name: string; kind: string; unit_id: number; mapping: string; teams: number; mediators: number };

// Sorted by keys no index matches (unindexedSort): ordered by the units' code index, the planner
// walked every abolished unit of the country for a commune's few hamlets (72 ms; 5 ms sorted).
const UNASSIGNED_SORTABLE: Record<string, string> = { name: unindexedSort('h.name'), unitId: unindexedSort('u.code'), mapping: 'mapping', id: unindexedSort('h.id') };

/**
 * Hamlets still under a commune abolished in 2025 (no move yet), as the caller reads them: those
 * of split or unmapped communes wait for the admin of the new province; those of wholly succeeded
 * communes move at the next start.
 */
export class UnassignedHamletService {
  private static where(filter: UnassignedHamletFilter = {}): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const clauses = ['h.moved_on is null', 'u.valid_to < current_date'];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (filter.ids) add((p) => `h.id = any(${p}::int[])`, numericIds(filter.ids));
    if (filter.q) add((p) => `h.search like ${p}`, searchPattern(filter.q));
    if (filter.unitId) add((p) => `h.unit_path <@ (select w.path from admin_unit w where w.id = ${p})`, parseId('filter.unitId', filter.unitId));
    if (filter.candidateUnitId) {
      add((p) => `exists (select 1 from app.hamlet_move_candidates(array[h.id]) c join admin_unit cu on cu.id = c.unit_id
                           where cu.path <@ (select w.path from admin_unit w where w.id = ${p}))`, parseId('filter.candidateUnitId', filter.candidateUnitId));
    }
    return { sql: clauses.join(' and '), params };
  }

  static async list(ctx: Context, args: UnassignedHamletListArgs): Promise<UnassignedHamlet[]> {
    const { offset, limit } = pageOf(args, args.filter?.ids?.length);
    const column = UNASSIGNED_SORTABLE[args.sortField ?? 'unitId'];
    if (!column) throw badInput('sortField', `sortField must be one of: ${Object.keys(UNASSIGNED_SORTABLE).join(', ')}`, 'SORT_FIELD_UNKNOWN', { allowed: Object.keys(UNASSIGNED_SORTABLE) });
    const order = (args.sortOrder ?? 'ASC').toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw badInput('sortOrder', 'sortOrder must be ASC or DESC', 'SORT_ORDER_INVALID');
    const { sql, params } = UnassignedHamletService.where(args.filter);
    const rows: UnassignedRow[] = await (await ctx.db()).query(
      // max() of FULL < PARTIAL < UNMAPPED (as text) names the least settled mapping of the old commune.
      `select h.id, h.name, h.kind, h.unit_id,
              coalesce((select max(s.kind::text) from unit_succession s where s.predecessor_id = h.unit_id), 'UNMAPPED') as mapping,
              (select count(*)::int from mediation_team t where t.hamlet_id = h.id) as teams,
              (select count(*)::int from mediator m join mediation_team t on t.id = m.team_id where t.hamlet_id = h.id) as mediators
         from hamlet h join admin_unit u on u.id = h.unit_id
        where ${sql}
        order by ${column} ${order}, h.name ${order}, h.id ${order}
        offset ${offset} limit ${limit}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id, name: row.name, kind: row.kind as HamletKind, unitId: row.unit_id, mapping: row.mapping as MappingKind, teams: row.teams, mediators: row.mediators,
    }));
  }

  static async count(ctx: Context, filter?: UnassignedHamletFilter): Promise<number> {
    const { sql, params } = UnassignedHamletService.where(filter);
    const [row]: { n: number }[] = await (await ctx.db()).query(
      `select count(*)::int as n from hamlet h join admin_unit u on u.id = h.unit_id where ${sql}`, params);
    return row.n;
  }
}

/** Per-request loaders of the module: one statement per batch. */
export const hamletMoveLoaders = moduleLoaders('hamletMoveLoaders', {
  byHamlet: (ctx) => rowLoader<number, HamletMoveEntity>(ctx, 'hamlets.moveByHamlet',
    async (ids) => (await ctx.db()).createQueryBuilder(HamletMoveEntity, 'mv').where('mv.hamlet_id = any(:ids)', { ids }).getMany(),
    (row) => row.hamletId),

  candidates: (ctx) => groupLoader<number, { hamlet_id: number; unit_id: number }, number>(ctx, 'hamlets.candidates',
    async (ids) => (await ctx.db()).query(CANDIDATES_SQL, [ids]),
    (row) => row.hamlet_id,
    (row) => row.unit_id),
});
