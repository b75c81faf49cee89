import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { audit } from '../../core/audit';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput, conflict } from '../../core/errors';
import { applyListArgs, numericIds, parseId } from '../../core/graphql/list';
import type { BudgetLineFilter, BudgetLineListArgs, CreateBudgetLineArgs, MoveBudgetLineArgs, UpdateBudgetLineArgs } from './budget-line.args';
import { BudgetLineEntity } from './budget-line.entity';
import type { BudgetLine } from './budget-line.type';
import { normalizeDecimal } from './decimal.scalar';
import type { PlanEntity } from './plan.entity';
import { ScheduleKind } from './plan.enums';
import { optionalText, planErrors, requiredText, yearIn } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toBudgetLine } from './plan.mappers';
import { renumber, writeCodes } from './renumber';

export const BUDGET_LINE = {
  name: 'BudgetLine',
  entity: BudgetLineEntity,
  snapshot: (b: BudgetLineEntity) => ({
    planId: b.planId, code: b.code, title: b.title, amount: normalizeDecimal(b.amount), parentId: b.parentId,
    scheduleKind: b.scheduleKind, scheduleYear: b.scheduleYear, scheduleNote: b.scheduleNote, taskId: b.taskId,
  }),
};

const SORTABLE = { code: 'b.sort_key', title: 'b.title', amount: 'b.amount', id: 'b.id' };
const CODE = /^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/;

type Schedule = Pick<BudgetLineEntity, 'scheduleKind' | 'scheduleYear'>;

/**
 * The budget appendix. The rule: a line with lines below it equals their sum. It is checked over
 * the whole plan after every write, inside the write's transaction, and a violation is refused
 * naming the line (field "amount", reason BUDGET_PARENT_NOT_SUM, the line's code, amount, sum and lines in params). So editing 1.1 alone is refused because line
 * 1 no longer sums; the client either changes line 1 as well, or sends rollUp: true and the lines
 * above are recomputed from their lines (each recomputation versioned and audited).
 */
export class BudgetLineService {
  private static filtered(manager: EntityManager, filter: BudgetLineFilter = {}) {
    const qb = manager.createQueryBuilder(BudgetLineEntity, 'b');
    if (filter.ids) qb.andWhere('b.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.planId) qb.andWhere('b.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.parentId) qb.andWhere('b.parent_id = :parentId', { parentId: parseId('filter.parentId', filter.parentId) });
    return qb;
  }

  static async list(ctx: Context, args: BudgetLineListArgs): Promise<BudgetLine[]> {
    const qb = BudgetLineService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'code', args.filter?.ids?.length).getMany()).map(toBudgetLine);
  }

  static async count(ctx: Context, filter?: BudgetLineFilter): Promise<number> {
    return BudgetLineService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<BudgetLine | null> {
    const row = await (await ctx.db()).findOne(BudgetLineEntity, { where: { id: parseId('id', id) } });
    return row ? toBudgetLine(row) : null;
  }

  static async create(ctx: Context, args: CreateBudgetLineArgs): Promise<BudgetLine> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('planId', args.planId));
    const code = BudgetLineService.code(args.code);
    const parent = await BudgetLineService.parentOf(manager, plan.id, code);
    const row = await createAudited(ctx, BUDGET_LINE, {
      planId: plan.id, code, parentId: parent?.id ?? null, title: requiredText('title', args.title, 2000),
      amount: BudgetLineService.amount(args.amount), ...BudgetLineService.schedule(args.scheduleKind ?? null, args.scheduleYear ?? null),
      scheduleNote: optionalText('scheduleNote', args.scheduleNote, 500),
      taskId: await BudgetLineService.task(manager, plan.id, args.taskId ?? null),
    });
    await BudgetLineService.afterWrite(ctx, manager, plan, args.rollUp ? [row.parentId] : []);
    await recordAmendment(ctx, manager, plan, { entity: 'BudgetLine', entityId: row.id, action: 'CREATE', after: BUDGET_LINE.snapshot(row) });
    return toBudgetLine(row);
  }

  static async update(ctx: Context, args: UpdateBudgetLineArgs): Promise<BudgetLine> {
    const manager = await ctx.db();
    const line = await findReadable(manager, BUDGET_LINE, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, line.planId);
    const changes: Partial<BudgetLineEntity> = {};
    if (args.title != null) changes.title = requiredText('title', args.title, 2000);
    if (args.amount != null) changes.amount = BudgetLineService.amount(args.amount);
    if (args.scheduleNote !== undefined) changes.scheduleNote = optionalText('scheduleNote', args.scheduleNote, 500);
    if (args.taskId !== undefined) changes.taskId = await BudgetLineService.task(manager, plan.id, args.taskId);
    if (args.scheduleKind !== undefined || args.scheduleYear !== undefined) {
      Object.assign(changes, BudgetLineService.schedule(
        args.scheduleKind !== undefined ? args.scheduleKind : (line.scheduleKind as ScheduleKind | null),
        args.scheduleYear !== undefined ? args.scheduleYear : line.scheduleYear,
      ));
    }
    if (args.code != null && args.code !== line.code) {
      const code = BudgetLineService.code(args.code);
      const [{ n }]: { n: number }[] = await manager.query('select count(*)::int as n from budget_line where parent_id = $1', [line.id]);
      if (n > 0) throw planErrors.renumberByMove('BudgetLine', line.code, 'moveBudgetLine');
      changes.code = code;
      changes.parentId = (await BudgetLineService.parentOf(manager, plan.id, code))?.id ?? null;
    }
    const after = await updateAudited(ctx, BUDGET_LINE, line.id, args.version, changes);
    await BudgetLineService.afterWrite(ctx, manager, plan, args.rollUp ? [after.parentId, line.parentId] : []);
    const diff = changedFields(BUDGET_LINE.snapshot(line), BUDGET_LINE.snapshot(after));
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'BudgetLine', entityId: line.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toBudgetLine(after);
  }

  static async remove(ctx: Context, id: string, version: number, rollUp: boolean): Promise<BudgetLine> {
    const manager = await ctx.db();
    const line = await findReadable(manager, BUDGET_LINE, parseId('id', id));
    const plan = await planForWrite(ctx, manager, line.planId);
    const [{ n }]: { n: number }[] = await manager.query('select count(*)::int as n from budget_line where parent_id = $1', [line.id]);
    if (n > 0) throw planErrors.hasChildren('BudgetLine', line.code);
    const before = await deleteAudited(ctx, BUDGET_LINE, line.id, version);
    await BudgetLineService.afterWrite(ctx, manager, plan, rollUp ? [line.parentId] : []);
    await recordAmendment(ctx, manager, plan, { entity: 'BudgetLine', entityId: line.id, action: 'DELETE', before: BUDGET_LINE.snapshot(before) });
    return toBudgetLine(before);
  }

  /**
   * Moves a line with the lines below it to a new code, at any depth: the lines after its old place
   * move up one, those at and after its new place down one, and every moved line's parent follows
   * its code. The sums are then checked as after any write (rollUp recomputes the old and new parents).
   */
  static async move(ctx: Context, args: MoveBudgetLineArgs): Promise<BudgetLine> {
    const manager = await ctx.db();
    const line = await findReadable(manager, BUDGET_LINE, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, line.planId);
    if (line.version !== args.version) throw conflict('BudgetLine', line.id);
    const code = BudgetLineService.code(args.code);
    const rows: { id: number; code: string }[] = await manager.query('select id, code from budget_line where plan_id = $1 order by sort_key', [plan.id]);
    const changes = renumber(rows, line.code, code);
    await writeCodes(manager, 'budget_line', plan.id, changes);
    await manager.query(
      `update budget_line c set parent_id = p.id from budget_line p
        where c.plan_id = $1 and c.id = any($2) and p.plan_id = c.plan_id
          and p.code = substring(c.code from '^(.*)\\.[0-9]+$') and c.parent_id is distinct from p.id`,
      [plan.id, [...changes.keys()]],
    );
    await manager.query(`update budget_line set parent_id = null where plan_id = $1 and id = any($2) and code !~ '\\.' and parent_id is not null`, [plan.id, [...changes.keys()]]);
    const after = await findReadable(manager, BUDGET_LINE, line.id);
    await BudgetLineService.afterWrite(ctx, manager, plan, args.rollUp ? [line.parentId, after.parentId] : []);
    const before = new Map(rows.map((row) => [row.id, row.code]));
    for (const [id, next] of changes) {
      await recordAmendment(ctx, manager, plan, { entity: 'BudgetLine', entityId: id, action: 'UPDATE', before: { code: before.get(id) }, after: { code: next } });
    }
    return toBudgetLine(await findReadable(manager, BUDGET_LINE, line.id));
  }

  /** The task a line funds: one of the same plan. */
  private static async task(manager: EntityManager, planId: number, rawId: string | null): Promise<number | null> {
    if (rawId == null) return null;
    const id = parseId('taskId', rawId);
    const [task] = await manager.query('select plan_id from plan_task where id = $1', [id]);
    if (!task) throw badInput('taskId', `Task ${rawId} was not found`, 'REFERENCE_NOT_FOUND');
    if (task.plan_id !== planId) throw planErrors.taskOfOtherPlan('taskId');
    return id;
  }

  /** Rolls the named lines (and the lines above them) up if asked, then checks the whole tree. */
  private static async afterWrite(ctx: Context, manager: EntityManager, plan: PlanEntity, rollFrom: (number | null)[]): Promise<void> {
    for (const start of new Set(rollFrom)) await BudgetLineService.rollUp(ctx, manager, plan, start);
    const [mismatch]: { code: string; amount: string; children_sum: string; children: string[] }[] = await manager.query(
      'select code, amount::text, children_sum::text, children from app.budget_mismatches($1)',
      [plan.id],
    );
    if (mismatch) {
      throw planErrors.budgetMismatch({
        code: mismatch.code, amount: normalizeDecimal(mismatch.amount), childrenSum: normalizeDecimal(mismatch.children_sum), children: mismatch.children,
      });
    }
  }

  /** Each line from `lineId` up becomes the sum of its lines; a line left without lines keeps its amount. */
  private static async rollUp(ctx: Context, manager: EntityManager, plan: PlanEntity, lineId: number | null): Promise<void> {
    for (let id = lineId; id != null; ) {
      const line = await findReadable(manager, BUDGET_LINE, id);
      const [{ n, total }]: { n: number; total: string }[] = await manager.query(
        'select count(*)::int as n, coalesce(sum(amount), 0)::text as total from budget_line where parent_id = $1',
        [id],
      );
      if (n === 0) return;
      if (normalizeDecimal(total) !== normalizeDecimal(line.amount)) {
        await manager.query('update budget_line set amount = $2, version = version + 1, updated_at = now() where id = $1', [id, total]);
        const after = { ...BUDGET_LINE.snapshot(line), amount: normalizeDecimal(total) };
        await audit(ctx, manager, { entity: 'BudgetLine', entityId: id, action: 'UPDATE', unitId: line.unitId, before: BUDGET_LINE.snapshot(line), after });
        await recordAmendment(ctx, manager, plan, { entity: 'BudgetLine', entityId: id, action: 'UPDATE', before: { amount: normalizeDecimal(line.amount) }, after: { amount: after.amount } });
      }
      id = line.parentId;
    }
  }

  private static code(code: string): string {
    const clean = code.trim();
    if (!CODE.test(clean)) throw badInput('code', 'code must look like 1, 2.1 or 3.2.1', 'PLAN_ROW_CODE_FORMAT');
    return clean;
  }

  /** 1.2 is a line of 1: the parent must exist in the same plan. */
  private static async parentOf(manager: EntityManager, planId: number, code: string): Promise<BudgetLineEntity | null> {
    const cut = code.lastIndexOf('.');
    if (cut < 0) return null;
    const parentCode = code.slice(0, cut);
    const parent = await manager.findOne(BudgetLineEntity, { where: { planId, code: parentCode } });
    if (!parent) throw planErrors.parentMissing('BudgetLine', parentCode, code);
    return parent;
  }

  private static amount(amount: string): string {
    if (amount.startsWith('-')) throw badInput('amount', 'amount must be 0 or more (million VND)', 'NUMBER_TOO_SMALL', { min: 0 });
    return amount;
  }

  private static schedule(kind: ScheduleKind | null, year: number | null): Schedule {
    if (kind != null && kind !== ScheduleKind.YEARLY && kind !== ScheduleKind.ONCE) throw planErrors.budgetScheduleKind();
    if (kind === ScheduleKind.ONCE && year == null) throw planErrors.budgetScheduleYear('A one-off line names its year');
    if (kind !== ScheduleKind.ONCE && year != null) throw planErrors.budgetScheduleYear('Only a one-off (ONCE) line names a year');
    return { scheduleKind: kind, scheduleYear: yearIn('scheduleYear', year) };
  }
}
