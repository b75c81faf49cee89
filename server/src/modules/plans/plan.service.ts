import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { writableUnit } from '../../core/tenant-query';
import { assertWritable, createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput, conflict } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { LEGAL_DOCUMENT } from './legal-document.service';
import type { CreatePlanArgs, PlanFieldsArgs, PlanFilter, PlanListArgs, TransitionPlanArgs, UpdatePlanArgs } from './plan.args';
import { PlanEntity } from './plan.entity';
import { LegalDocumentKind, PlanStatus, STATUS_ORDER } from './plan.enums';
import { optionalText, planErrors, requiredText, textList, yearIn } from './plan.errors';
import { changedFields, PLAN, planForWrite, recordAmendment } from './plan-lock.service';
import { planLoaders } from './plan.loader';
import { prefetchPlan, type PlanParts } from './plan.prefetch';
import { toLegalDocument, toPlan } from './plan.mappers';
import type { Plan } from './plan.type';

const SORTABLE = {
  number: 'p.number', title: 'p.title', issuedOn: 'p.issued_on', status: 'p.status', unitId: 'p.unit_id', periodFrom: 'p.period_from',
  createdAt: 'p.created_at', updatedAt: 'p.updated_at', id: 'p.id',
};

/** Plans of units. Which exist for the caller is row-level security's decision; this adds the rules. */
export class PlanService {
  private static filtered(manager: EntityManager, filter: PlanFilter = {}) {
    const qb = manager.createQueryBuilder(PlanEntity, 'p');
    if (filter.ids) qb.andWhere('p.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('p.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) qb.andWhere('p.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.year != null) qb.andWhere('p.year_from <= :year and p.year_to >= :year', { year: filter.year });
    if (filter.parentId) qb.andWhere('p.parent_plan_id = :parentId', { parentId: parseId('filter.parentId', filter.parentId) });
    return qb;
  }

  static async list(ctx: Context, args: PlanListArgs): Promise<Plan[]> {
    const qb = applyListArgs(PlanService.filtered(await ctx.db(), args.filter), args, SORTABLE, 'id', args.filter?.ids?.length);
    // The caller's own plans first (those of its units themselves, not of the units below): a
    // province's cascade to its districts must not push the province's own plans off the first page.
    const chosen = Object.entries(qb.expressionMap.orderBys);
    qb.orderBy('case when p.unit_path = any(:ownPaths::ltree[]) then 0 else 1 end', 'ASC').setParameter('ownPaths', ctx.scope.read);
    for (const [column, order] of chosen) qb.addOrderBy(column, typeof order === 'string' ? order : order.order);
    return (await qb.getMany()).map(toPlan);
  }

  static async count(ctx: Context, filter?: PlanFilter): Promise<number> {
    return PlanService.filtered(await ctx.db(), filter).getCount();
  }

  /**
   * A plan: every column, or with `parts` (what a selection reads) the columns its reader asks for,
   * and the parts it will ask for read in the same statement (plan.prefetch.ts).
   */
  static async byId(ctx: Context, id: string, parts?: PlanParts): Promise<Plan | null> {
    const planId = parseId('id', id);
    if (!parts) return planLoaders(ctx).plan.load(planId);
    await prefetchPlan(ctx, planId, parts);
    return planLoaders(ctx).planIn(parts.plan).load(planId);
  }

  static async create(ctx: Context, args: CreatePlanArgs): Promise<Plan> {
    const manager = await ctx.db();
    const unit = await writableUnit(ctx, args.unitId, ['PROVINCE', 'DISTRICT', 'COMMUNE'], '');
    const values: Partial<PlanEntity> = { unitId: unit.id, title: requiredText('title', args.title, 1000), ...PlanService.fields(args) };
    Object.assign(values, await PlanService.implemented(manager, unit.path, args));
    Object.assign(values, await PlanService.relations(manager, { unitId: unit.id, number: values.number ?? null, issuedOn: values.issuedOn ?? null }, args));
    if (values.periodFrom == null && values.periodTo != null) values.periodFrom = values.periodTo;
    PlanService.checkPeriod(values.periodFrom ?? null, values.periodTo ?? null);
    await PlanService.checkPredecessorPeriod(manager, values.predecessorPlanId ?? null, values.periodFrom ?? (values.issuedOn ? Number(values.issuedOn.slice(0, 4)) : null));
    return toPlan(await createAudited(ctx, PLAN, values));
  }

  static async update(ctx: Context, args: UpdatePlanArgs): Promise<Plan> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('id', args.id));
    const changes: Partial<PlanEntity> = PlanService.fields(args);
    if (args.title != null) changes.title = requiredText('title', args.title, 1000);
    if (plan.status !== PlanStatus.DRAFT) {
      if (changes.number !== undefined && changes.number !== plan.number) throw planErrors.lockedWhenIssued('number');
      if (changes.issuedOn !== undefined && changes.issuedOn !== plan.issuedOn) throw planErrors.lockedWhenIssued('issuedOn');
    }
    if (PlanService.movesParent(plan, args)) {
      if (plan.status !== PlanStatus.DRAFT) throw planErrors.parentLocked();
      Object.assign(changes, await PlanService.implemented(manager, plan.unitPath, { ...args, parentId: args.parentId ?? null }));
    }
    if (args.periodFrom === null) throw planErrors.periodRequired('periodFrom');
    if (args.periodTo === null) throw planErrors.periodRequired('periodTo');
    Object.assign(changes, await PlanService.relations(manager, {
      id: plan.id, unitId: plan.unitId, number: changes.number !== undefined ? changes.number : plan.number,
      issuedOn: changes.issuedOn !== undefined ? changes.issuedOn : plan.issuedOn, issued: plan.status !== PlanStatus.DRAFT,
    }, args));
    PlanService.checkPeriod(changes.periodFrom ?? plan.periodFrom, changes.periodTo ?? plan.periodTo);
    await PlanService.checkPredecessorPeriod(manager, changes.predecessorPlanId !== undefined ? changes.predecessorPlanId : plan.predecessorPlanId, changes.periodFrom ?? plan.periodFrom);
    const after = await updateAudited(ctx, PLAN, plan.id, args.version, changes);
    const diff = changedFields(PLAN.snapshot(plan), PLAN.snapshot(after));
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'Plan', entityId: plan.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toPlan(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Plan> {
    const manager = await ctx.db();
    const plan = await findReadable(manager, PLAN, parseId('id', id));
    assertWritable(ctx, plan.unitPath);
    if (plan.status !== PlanStatus.DRAFT) throw badInput('status', 'Only a draft plan can be deleted; an issued plan stays on record', 'PLAN_DELETE_NOT_DRAFT');
    // The plan's document goes with it (trigger): keep it for the answer, which may ask for it.
    const document = await manager.findOne(LEGAL_DOCUMENT.entity, { where: { id: plan.documentId } });
    if (document) planLoaders(ctx).document.prime(plan.documentId, toLegalDocument(document));
    return toPlan(await deleteAudited(ctx, PLAN, plan.id, version));
  }

  /** One step forward: DRAFT → ISSUED (with number and date) → IN_PROGRESS → CLOSED. */
  static async transition(ctx: Context, args: TransitionPlanArgs): Promise<Plan> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('id', args.id));
    if (plan.version !== args.version) throw conflict('Plan', plan.id);
    const from = plan.status as PlanStatus;
    if (STATUS_ORDER.indexOf(args.status) !== STATUS_ORDER.indexOf(from) + 1) throw planErrors.statusStep(from, args.status);
    if (args.status === PlanStatus.ISSUED) {
      if (!plan.number) throw planErrors.notReadyToIssue('number');
      if (!plan.issuedOn) throw planErrors.notReadyToIssue('issuedOn');
      await PlanService.checkUnitValidity(manager, plan.unitId, plan.issuedOn);
    }
    const result = await manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ status: args.status, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id and version = :version', { id: plan.id, version: args.version })
      .execute();
    if (!result.affected) throw conflict('Plan', plan.id);
    await audit(ctx, manager, { entity: 'Plan', entityId: plan.id, action: 'TRANSITION', unitId: plan.unitId, before: { status: from }, after: { status: args.status } });
    return toPlan(await findReadable(manager, PLAN, plan.id));
  }

  /** The optional fields shared by create and update; undefined means "leave as it is". */
  private static fields(args: PlanFieldsArgs): Partial<PlanEntity> {
    const out: Partial<PlanEntity> = {};
    const set = <K extends keyof PlanEntity>(key: K, value: PlanEntity[K] | undefined) => {
      if (value !== undefined) out[key] = value;
    };
    const text = (field: string, value: string | null | undefined, max: number) => (value === undefined ? undefined : optionalText(field, value, max));
    const list = (field: string, value: string[] | null | undefined) => (value === undefined ? undefined : textList(field, value ?? []));
    set('number', text('number', args.number, 60));
    set('issuedOn', args.issuedOn);
    set('issuingBody', text('issuingBody', args.issuingBody, 300));
    set('periodFrom', args.periodFrom == null ? undefined : (yearIn('periodFrom', args.periodFrom) as number));
    set('periodTo', args.periodTo == null ? undefined : (yearIn('periodTo', args.periodTo) as number));
    set('placeOfIssue', text('placeOfIssue', args.placeOfIssue, 100));
    set('signerSignsFor', text('signerSignsFor', args.signerSignsFor, 200));
    set('archive', args.archive === undefined ? undefined : optionalText('archive', args.archive?.replace(/^\s*Lưu\s*:\s*/u, ''), 300));
    args.recipients?.forEach((line, index) => {
      if (/^\s*Lưu\s*:/u.test(line)) throw planErrors.archiveInRecipients(`recipients[${index}]`);
    });
    if (args.contentKnown != null) out.contentKnown = args.contentKnown;
    set('sourceNote', text('sourceNote', args.sourceNote, 2000));
    set('preamble', text('preamble', args.preamble, 20000));
    set('purposes', list('purposes', args.purposes));
    set('requirements', list('requirements', args.requirements));
    set('objectives', list('objectives', args.objectives));
    set('responsibilitiesPreamble', text('responsibilitiesPreamble', args.responsibilitiesPreamble, 5000));
    set('fundingSource', text('fundingSource', args.fundingSource, 5000));
    set('signerName', text('signerName', args.signerName, 200));
    set('signerCapacity', text('signerCapacity', args.signerCapacity, 200));
    set('signerOnBehalfOf', text('signerOnBehalfOf', args.signerOnBehalfOf, 200));
    set('recipients', list('recipients', args.recipients));
    return out;
  }

  /** Forms send the whole record back: only a different parent or document counts as a change. */
  private static movesParent(plan: PlanEntity, args: Pick<PlanFieldsArgs, 'parentId' | 'implementsDocumentId'>): boolean {
    const same = (value: string | null | undefined, current: number | null) => value === undefined || (value === null ? current === null : Number(value) === current);
    if (args.parentId != null) return Number(args.parentId) !== plan.parentPlanId;
    return !same(args.parentId, plan.parentPlanId) || (plan.parentPlanId == null && !same(args.implementsDocumentId, plan.implementsDocumentId));
  }

  private static checkPeriod(from: number | null, to: number | null): void {
    if (from != null && to != null && from > to) throw planErrors.yearsReversed('periodTo', 'periodFrom');
  }

  /** A unit issues plans only while it exists: from its valid_from to its valid_to (the 2025 reform abolished districts). */
  private static async checkUnitValidity(manager: EntityManager, unitId: number, issuedOn: string): Promise<void> {
    const [unit]: { valid_from: string; valid_to: string | null }[] = await manager.query(
      'select valid_from::text, valid_to::text from admin_unit where id = $1', [unitId]);
    if (unit && (issuedOn < unit.valid_from || (unit.valid_to != null && issuedOn > unit.valid_to))) {
      throw planErrors.outsideUnitValidity(issuedOn, unit.valid_from, unit.valid_to);
    }
  }

  /**
   * The document relations of a plan: the decision it is the attachment of (a DECISION the caller
   * reads; the plan takes its number and date when it has none) and the earlier plan of the same
   * unit it succeeds or replaces. Changed after issue, they are recorded as amendments like any field.
   */
  private static async relations(
    manager: EntityManager,
    plan: { id?: number; unitId: number; number: string | null; issuedOn: string | null; issued?: boolean },
    args: PlanFieldsArgs,
  ): Promise<Partial<PlanEntity>> {
    const out: Partial<PlanEntity> = {};
    if (args.issuedByDecisionId !== undefined) {
      out.issuedByDecisionId = null;
      if (args.issuedByDecisionId != null) {
        const decision = await manager.findOne(LEGAL_DOCUMENT.entity, { where: { id: parseId('issuedByDecisionId', args.issuedByDecisionId) } });
        if (!decision) throw badInput('issuedByDecisionId', `Document ${args.issuedByDecisionId} was not found`, 'REFERENCE_NOT_FOUND');
        if (decision.kind !== LegalDocumentKind.DECISION) throw planErrors.documentKind('issuedByDecisionId', LegalDocumentKind.DECISION);
        out.issuedByDecisionId = decision.id;
        if (!plan.issued && plan.number == null && decision.numberSymbol) out.number = decision.numberSymbol;
        if (!plan.issued && plan.issuedOn == null && decision.issuedOn) out.issuedOn = decision.issuedOn;
      }
    }
    if (args.predecessorId !== undefined || args.predecessorRelation !== undefined) {
      if ((args.predecessorId == null) !== (args.predecessorRelation == null)) {
        throw planErrors.predecessorIncomplete(args.predecessorId == null ? 'predecessorId' : 'predecessorRelation');
      }
      out.predecessorPlanId = null;
      out.predecessorRelation = null;
      if (args.predecessorId != null) {
        const earlier = await findReadable(manager, PLAN, parseId('predecessorId', args.predecessorId));
        if (earlier.id === plan.id) throw planErrors.predecessorSelf();
        if (earlier.unitId !== plan.unitId) throw planErrors.predecessorOtherUnit();
        out.predecessorPlanId = earlier.id;
        out.predecessorRelation = args.predecessorRelation!;
      }
    }
    return out;
  }

  /** The earlier plan is for an earlier period: it starts before this one does. */
  private static async checkPredecessorPeriod(manager: EntityManager, predecessorId: number | null, periodFrom: number | null): Promise<void> {
    if (predecessorId == null) return;
    const earlier = await findReadable(manager, PLAN, predecessorId);
    const from = periodFrom ?? new Date().getFullYear();
    if (earlier.periodFrom >= from) throw planErrors.predecessorNotEarlier(earlier, from);
  }

  /**
   * What a plan implements: a parent plan of its own unit or of a unit above it (never a sibling's),
   * or a document. The database makes the plan's document follow the parent's.
   */
  private static async implemented(
    manager: EntityManager,
    unitPath: string,
    args: { parentId?: string | null; implementsDocumentId?: string | null },
  ): Promise<Pick<PlanEntity, 'parentPlanId' | 'implementsDocumentId'>> {
    if (args.parentId != null) {
      const parent = await findReadable(manager, PLAN, parseId('parentId', args.parentId));
      if (!isWithin(unitPath, parent.unitPath)) {
        throw planErrors.wrongParent();
      }
      return { parentPlanId: parent.id, implementsDocumentId: parent.documentId };
    }
    if (args.implementsDocumentId != null) {
      const document = await manager.findOne(LEGAL_DOCUMENT.entity, { where: { id: parseId('implementsDocumentId', args.implementsDocumentId) } });
      if (!document) throw badInput('implementsDocumentId', `Document ${args.implementsDocumentId} was not found`, 'REFERENCE_NOT_FOUND');
      return { parentPlanId: null, implementsDocumentId: document.id };
    }
    return { parentPlanId: null, implementsDocumentId: null };
  }
}
