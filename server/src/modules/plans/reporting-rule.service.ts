import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput } from '../../core/errors';
import { applyListArgs, numericIds, parseId } from '../../core/graphql/list';
import { UnitLevel } from '../units/unit.type';
import { reachableAgency } from './plan-agency.reach';
import { ReportingRuleEntity } from './plan-detail.entity';
import type { ReportingRule } from './plan-detail.type';
import type { PlanEntity } from './plan.entity';
import { ReportFrequency } from './plan.enums';
import { optionalText } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toReportingRule } from './plan.mappers';
import { closeGap, makeRoomAt, makeRoomForMove, REPORTING_RULE_ORDER, settle } from './plan-part.order';
import type { CreateReportingRuleArgs, ReportingRuleFieldsArgs, ReportingRuleFilter, ReportingRuleListArgs, UpdateReportingRuleArgs } from './reporting-rule.args';

export const REPORTING_RULE = {
  name: 'ReportingRule',
  entity: ReportingRuleEntity,
  snapshot: (r: ReportingRuleEntity) => ({
    planId: r.planId, position: r.position, frequency: r.frequency, dueDay: r.dueDay, dueMonth: r.dueMonth, dueBefore: r.dueBefore,
    reporterLevels: r.reporterLevels, reporters: r.reporters, receivingAgencyId: r.receivingAgencyId, receivingLabel: r.receivingLabel,
    forwardedTo: r.forwardedTo, note: r.note,
  }),
};

const SORTABLE = { position: 'r.position', frequency: 'r.frequency', id: 'r.id' };
const LEVEL_ORDER: readonly string[] = [UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type RuleValues = Pick<ReportingRuleEntity, 'frequency' | 'dueDay' | 'dueMonth' | 'dueBefore' | 'reporterLevels' | 'reporters' | 'receivingAgencyId' | 'receivingLabel' | 'forwardedTo' | 'note'>;

/** A field the client left out keeps the current value; null clears it. */
const pick = <T>(given: T | null | undefined, current: T | null): T | null => (given === undefined ? current : given);

/** Reporting rules: who reports, how often, by when, to whom and on to whom; what generates the yearly reports. */
export class ReportingRuleService {
  private static filtered(manager: EntityManager, filter: ReportingRuleFilter = {}) {
    const qb = manager.createQueryBuilder(ReportingRuleEntity, 'r');
    if (filter.ids) qb.andWhere('r.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.planId) qb.andWhere('r.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.frequency) qb.andWhere('r.frequency = :frequency', { frequency: filter.frequency });
    return qb;
  }

  static async list(ctx: Context, args: ReportingRuleListArgs): Promise<ReportingRule[]> {
    const qb = ReportingRuleService.filtered(await ctx.db(), args.filter);
    if (!args.sortField) qb.orderBy('r.plan_id', 'ASC');
    return (await applyListArgs(qb, args, SORTABLE, 'position', args.filter?.ids?.length).getMany()).map(toReportingRule);
  }

  static async count(ctx: Context, filter?: ReportingRuleFilter): Promise<number> {
    return ReportingRuleService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<ReportingRule | null> {
    const row = await (await ctx.db()).findOne(ReportingRuleEntity, { where: { id: parseId('id', id) } });
    return row ? toReportingRule(row) : null;
  }

  static async create(ctx: Context, args: CreateReportingRuleArgs): Promise<ReportingRule> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('planId', args.planId));
    const values = await ReportingRuleService.validate(manager, plan, args, null);
    const position = await makeRoomAt(manager, REPORTING_RULE_ORDER, plan.id, args.position);
    const row = await createAudited(ctx, REPORTING_RULE, { ...values, planId: plan.id, position });
    await recordAmendment(ctx, manager, plan, { entity: 'ReportingRule', entityId: row.id, action: 'CREATE', after: REPORTING_RULE.snapshot(row) });
    return toReportingRule(row);
  }

  static async update(ctx: Context, args: UpdateReportingRuleArgs): Promise<ReportingRule> {
    const manager = await ctx.db();
    const rule = await findReadable(manager, REPORTING_RULE, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, rule.planId);
    const changes: Partial<ReportingRuleEntity> = await ReportingRuleService.validate(manager, plan, args, rule);
    const moves = args.position != null && args.position !== rule.position;
    if (moves) {
      await makeRoomForMove(manager, REPORTING_RULE_ORDER, plan.id, rule.id, rule.position, args.position!);
      changes.position = args.position!;
    }
    const after = await updateAudited(ctx, REPORTING_RULE, rule.id, args.version, changes);
    if (moves) await settle(manager, REPORTING_RULE_ORDER);
    const diff = changedFields(REPORTING_RULE.snapshot(rule), REPORTING_RULE.snapshot(after));
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'ReportingRule', entityId: rule.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toReportingRule(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<ReportingRule> {
    const manager = await ctx.db();
    const rule = await findReadable(manager, REPORTING_RULE, parseId('id', id));
    const plan = await planForWrite(ctx, manager, rule.planId);
    const before = await deleteAudited(ctx, REPORTING_RULE, rule.id, version);
    await closeGap(manager, REPORTING_RULE_ORDER, plan.id, rule.position);
    await recordAmendment(ctx, manager, plan, { entity: 'ReportingRule', entityId: rule.id, action: 'DELETE', before: REPORTING_RULE.snapshot(before) });
    return toReportingRule(before);
  }

  /** The rule as it will be, each domain rule refused naming its field. */
  private static async validate(
    manager: EntityManager, plan: PlanEntity, args: ReportingRuleFieldsArgs & { frequency?: ReportFrequency | null }, rule: ReportingRuleEntity | null,
  ): Promise<RuleValues> {
    const frequency = (args.frequency ?? rule?.frequency) as ReportFrequency;
    const dueDay = pick(args.dueDay, rule?.dueDay ?? null);
    const dueMonth = pick(args.dueMonth, rule?.dueMonth ?? null);
    if (dueMonth != null && (!Number.isInteger(dueMonth) || dueMonth < 1 || dueMonth > 12)) {
      throw badInput('dueMonth', 'dueMonth is a month from 1 to 12', 'NUMBER_OUT_OF_RANGE', { min: 1, max: 12 });
    }
    if (dueDay != null && (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > (dueMonth ? DAYS_IN_MONTH[dueMonth - 1] : 31))) {
      throw badInput('dueDay', `${dueDay}/${dueMonth ?? '?'} is not a day of the year`, 'REPORTING_DUE_DAY_INVALID', { day: dueDay, month: dueMonth });
    }
    if ((dueDay == null) !== (dueMonth == null)) {
      throw badInput(dueDay == null ? 'dueDay' : 'dueMonth', 'A due date names both its day and its month', 'REPORTING_DUE_INCOMPLETE');
    }
    if (frequency === ReportFrequency.YEARLY && dueDay == null) {
      throw badInput('dueDay', 'Yearly reports have a due date (day and month)', 'REPORTING_DUE_NEEDED', { frequency });
    }
    const reporterLevels = [...(pick(args.reporterLevels, (rule?.reporterLevels ?? []) as UnitLevel[]) ?? [])];
    await ReportingRuleService.checkLevels(manager, plan, reporterLevels);
    const receivingAgencyId = pick(args.receivingAgencyId, rule?.receivingAgencyId == null ? null : String(rule.receivingAgencyId));
    const agency = receivingAgencyId == null ? null : await reachableAgency(manager, plan, 'receivingAgencyId', receivingAgencyId);
    const text = (field: keyof RuleValues & keyof ReportingRuleFieldsArgs, max: number) =>
      optionalText(field, pick(args[field] as string | null | undefined, (rule?.[field] as string | null) ?? null), max);
    return {
      frequency, dueDay, dueMonth, dueBefore: args.dueBefore ?? rule?.dueBefore ?? true, reporterLevels,
      reporters: text('reporters', 1000), receivingAgencyId: agency?.id ?? null,
      receivingLabel: text('receivingLabel', 300) ?? agency?.name ?? null, forwardedTo: text('forwardedTo', 1000), note: text('note', 5000),
    };
  }

  /** Reporters are units at or below the plan's own level ("UBND các xã" of a district's plan), each level once. */
  private static async checkLevels(manager: EntityManager, plan: PlanEntity, levels: string[]): Promise<void> {
    if (new Set(levels).size !== levels.length) throw badInput('reporterLevels', 'A level is named twice', 'LIST_ITEM_TWICE');
    const [unit]: { level: string }[] = await manager.query('select level from admin_unit where id = $1', [plan.unitId]);
    const above = levels.find((level) => LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(unit.level));
    if (above) throw badInput('reporterLevels', `${above} is above the plan's unit (${unit.level}): reporters are at its level or below`, 'REPORTER_LEVEL_ABOVE_PLAN', { level: above });
  }
}
