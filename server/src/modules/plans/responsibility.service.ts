import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { applyListArgs, numericIds, parseId } from '../../core/graphql/list';
import { namedAgencies, type NamedAgencyRow } from './plan-agency.reach';
import { ResponsibilityEntity } from './plan-detail.entity';
import type { Responsibility } from './plan-detail.type';
import { PlanAgencyEntity } from './plan-task.entity';
import type { PlanEntity } from './plan.entity';
import { requiredText } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toResponsibility } from './plan.mappers';
import { closeGap, makeRoomAt, makeRoomForMove, RESPONSIBILITY_ORDER, settle } from './plan-part.order';
import type { CreateResponsibilityArgs, ResponsibilityFilter, ResponsibilityListArgs, UpdateResponsibilityArgs } from './responsibility.args';

export const RESPONSIBILITY = {
  name: 'Responsibility',
  entity: ResponsibilityEntity,
  snapshot: (r: ResponsibilityEntity) => ({ planId: r.planId, position: r.position, text: r.text, isRequest: r.isRequest }),
};

const SORTABLE = { position: 'r.position', isRequest: 'r.is_request', id: 'r.id' };

/** "Đề nghị Ủy ban MTTQ ..." asks a body the committee does not direct. */
const readsAsRequest = (text: string) => /^đề nghị(\s|$)/iu.test(text);

/** Responsibilities (Phân công nhiệm vụ): the agencies they are given to and their words, in order. */
export class ResponsibilityService {
  private static filtered(manager: EntityManager, filter: ResponsibilityFilter = {}) {
    const qb = manager.createQueryBuilder(ResponsibilityEntity, 'r');
    if (filter.ids) qb.andWhere('r.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.planId) qb.andWhere('r.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.isRequest != null) qb.andWhere('r.is_request = :isRequest', { isRequest: filter.isRequest });
    return qb;
  }

  static async list(ctx: Context, args: ResponsibilityListArgs): Promise<Responsibility[]> {
    const qb = ResponsibilityService.filtered(await ctx.db(), args.filter);
    if (!args.sortField) qb.orderBy('r.plan_id', 'ASC');
    return (await applyListArgs(qb, args, SORTABLE, 'position', args.filter?.ids?.length).getMany()).map(toResponsibility);
  }

  static async count(ctx: Context, filter?: ResponsibilityFilter): Promise<number> {
    return ResponsibilityService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<Responsibility | null> {
    const row = await (await ctx.db()).findOne(ResponsibilityEntity, { where: { id: parseId('id', id) } });
    return row ? toResponsibility(row) : null;
  }

  static async create(ctx: Context, args: CreateResponsibilityArgs): Promise<Responsibility> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('planId', args.planId));
    const text = requiredText('text', args.text, 5000);
    const agencies = args.agencies ? await namedAgencies(manager, plan, 'agencies', args.agencies) : [];
    const position = await makeRoomAt(manager, RESPONSIBILITY_ORDER, plan.id, args.position);
    const row = await createAudited(ctx, RESPONSIBILITY, { planId: plan.id, position, text, isRequest: args.isRequest ?? readsAsRequest(text) });
    await ResponsibilityService.writeAgencies(manager, plan, row.id, agencies);
    await recordAmendment(ctx, manager, plan, { entity: 'Responsibility', entityId: row.id, action: 'CREATE', after: { ...RESPONSIBILITY.snapshot(row), agencies } });
    return toResponsibility(row);
  }

  static async update(ctx: Context, args: UpdateResponsibilityArgs): Promise<Responsibility> {
    const manager = await ctx.db();
    const responsibility = await findReadable(manager, RESPONSIBILITY, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, responsibility.planId);
    const changes: Partial<ResponsibilityEntity> = {};
    if (args.text != null) changes.text = requiredText('text', args.text, 5000);
    if (args.isRequest != null) changes.isRequest = args.isRequest;
    const agencies = args.agencies ? await namedAgencies(manager, plan, 'agencies', args.agencies) : null;
    const moves = args.position != null && args.position !== responsibility.position;
    if (moves) {
      await makeRoomForMove(manager, RESPONSIBILITY_ORDER, plan.id, responsibility.id, responsibility.position, args.position!);
      changes.position = args.position!;
    }
    const after = await updateAudited(ctx, RESPONSIBILITY, responsibility.id, args.version, changes);
    if (moves) await settle(manager, RESPONSIBILITY_ORDER);
    const diff = changedFields(RESPONSIBILITY.snapshot(responsibility), RESPONSIBILITY.snapshot(after));
    if (agencies) {
      const before = await ResponsibilityService.agenciesOf(manager, responsibility.id);
      await ResponsibilityService.writeAgencies(manager, plan, responsibility.id, agencies);
      if (JSON.stringify(before) !== JSON.stringify(agencies)) {
        Object.assign(diff, { changed: true, before: { ...diff.before, agencies: before }, after: { ...diff.after, agencies } });
      }
    }
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'Responsibility', entityId: responsibility.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toResponsibility(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Responsibility> {
    const manager = await ctx.db();
    const responsibility = await findReadable(manager, RESPONSIBILITY, parseId('id', id));
    const plan = await planForWrite(ctx, manager, responsibility.planId);
    const agencies = await ResponsibilityService.agenciesOf(manager, responsibility.id);
    const before = await deleteAudited(ctx, RESPONSIBILITY, responsibility.id, version);
    await closeGap(manager, RESPONSIBILITY_ORDER, plan.id, responsibility.position);
    await recordAmendment(ctx, manager, plan, { entity: 'Responsibility', entityId: responsibility.id, action: 'DELETE', before: { ...RESPONSIBILITY.snapshot(before), agencies } });
    return toResponsibility(before);
  }

  private static async agenciesOf(manager: EntityManager, responsibilityId: number): Promise<NamedAgencyRow[]> {
    const rows = await manager.find(PlanAgencyEntity, { where: { responsibilityId }, order: { position: 'ASC' } });
    return rows.map((a) => ({ position: a.position, agencyId: a.agencyId, agencyKind: a.agencyKind, agencyLevel: a.agencyLevel, label: a.label }));
  }

  /** Replaces the agencies (each row audited by its trigger). */
  private static async writeAgencies(manager: EntityManager, plan: PlanEntity, responsibilityId: number, rows: NamedAgencyRow[]): Promise<void> {
    await manager.delete(PlanAgencyEntity, { responsibilityId });
    if (rows.length) {
      await manager.insert(PlanAgencyEntity, rows.map((row) => ({
        planId: plan.id, responsibilityId, taskId: null, role: 'RESPONSIBLE', position: row.position, agencyId: row.agencyId,
        agencyKind: row.agencyKind, agencyLevel: row.agencyLevel, label: row.label,
      })));
    }
  }
}
