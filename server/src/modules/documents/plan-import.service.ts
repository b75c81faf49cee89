import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { isWithin } from '../../core/tenancy/scope';
import { UnitService } from '../units/unit.service';
import { parseId } from '../../core/graphql/list';
import { writableUnit } from '../../core/tenant-query';
import { BudgetLineService } from '../plans/budget-line.service';
import { fromThousandths, normalizeDecimal, toThousandths } from '../plans/decimal.scalar';
import { LegalDocumentService } from '../plans/legal-document.service';
import { planErrors } from '../plans/plan.errors';
import { AgencyRole, TaskCriterionKind } from '../plans/plan.enums';
import { PlanService } from '../plans/plan.service';
import { PlanTaskService } from '../plans/plan-task.service';
import { ReportingRuleService } from '../plans/reporting-rule.service';
import { ResponsibilityService } from '../plans/responsibility.service';
import { TargetService } from '../plans/target.service';
import { INPUT_OF, TaskCriterionService } from '../plans/task-criterion.service';
import type { Plan } from '../plans/plan.type';
import type { AdminUnitEntity } from '../units/unit.entity';
import { documentErrors } from './document.errors';
import type { DocumentReference } from './official-plan';
import { citedDocuments, planDraft, type KnownDocuments } from './plan-draft.mapper';
import type { DraftAgency, DraftDocument, DraftTarget, PlanDraft } from './plan-draft.type';
import type { DraftAgencyChoice, PlanTextReading } from './plan-reading.type';
import { readPlanText } from './reader/read-plan';
import { RULES } from './reader/reading';

const LEVELS: AdminUnitEntity['level'][] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/**
 * Plans in from text (issue 12): reading a text into a draft of a unit's plan (nothing written),
 * and saving a reviewed draft through the plan services, in the request's one transaction: the
 * first part refused refuses everything, and nothing is written.
 */
export class PlanImportService {
  /** The caller must write plans of the unit; another tenant's unit is not found, as elsewhere. */
  static async read(ctx: Context, unitId: string, text: string): Promise<PlanTextReading> {
    const unit = await PlanImportService.unitFor(ctx, unitId);
    const reading = readPlanText(text);
    const manager = await ctx.db();
    const choices = await PlanImportService.agencyChoices(manager, unit.path);
    const known = await PlanImportService.knownDocuments(manager, citedDocuments(reading.plan));
    return {
      text: reading.text,
      draft: planDraft(reading.plan, choices, known),
      parts: reading.parts.map((part) => ({ path: part.path, start: part.span.start, end: part.span.end, rule: part.rule, explanation: RULES[part.rule] })),
      unplaced: reading.unplaced.map((u) => ({ start: u.span.start, end: u.span.end, text: u.text, reason: u.reason })),
      warnings: reading.warnings.map((w) => ({ code: w.code, message: w.message, start: w.span?.start ?? null, end: w.span?.end ?? null })),
      agencyChoices: choices,
    };
  }

  /**
   * A unit whose plans the caller writes. A unit outside the caller's own units (another tenant's, a
   * sibling's, one above) is not found, as another tenant's rows are everywhere; one inside them that the
   * caller may not write is forbidden.
   */
  private static async unitFor(ctx: Context, unitId: string): Promise<AdminUnitEntity> {
    const unit = await UnitService.entity(await ctx.db(), parseId('unitId', unitId));
    if (!unit || !ctx.scope.read.some((path) => isWithin(unit.path, path))) throw notFound('AdministrativeUnit', unitId);
    return writableUnit(ctx, unitId, LEVELS, 'Plans are read into a province, a district or a commune');
  }

  /** The agencies of the unit and of the units above it (nearest unit first). */
  private static async agencyChoices(manager: EntityManager, unitPath: string): Promise<DraftAgencyChoice[]> {
    const rows: { id: number; name: string; kind: DraftAgencyChoice['kind']; unit_id: number }[] = await manager.query(
      'select a.id, a.name, a.kind, a.unit_id from agency a where a.unit_path @> $1::ltree order by nlevel(a.unit_path) desc, a.name, a.id limit 200',
      [unitPath],
    );
    return rows.map((row) => ({ id: String(row.id), name: row.name, kind: row.kind, unitId: String(row.unit_id) }));
  }

  /** Cited documents the caller already reads, by number: a plan (the draft then implements it), else a document of the same kind. */
  private static async knownDocuments(manager: EntityManager, cited: DocumentReference[]): Promise<KnownDocuments> {
    const numbers = [...new Set(cited.map((d) => d.numberSymbol).filter((n): n is string => !!n))];
    const plans: { id: number; number: string }[] = numbers.length
      ? await manager.query('select id, number from plan where number = any($1::text[]) order by id', [numbers]) : [];
    const documents: { id: number; number_symbol: string; kind: string }[] = numbers.length
      ? await manager.query('select id, number_symbol, kind from legal_document where number_symbol = any($1::text[]) order by id', [numbers]) : [];
    return (reference) => {
      if (!reference.numberSymbol) return { planId: null, documentId: null };
      const plan = reference.kind === 'PLAN' ? plans.find((p) => p.number === reference.numberSymbol) : undefined;
      const document = documents.find((d) => d.number_symbol === reference.numberSymbol && d.kind === reference.kind);
      return { planId: plan ? String(plan.id) : null, documentId: document ? String(document.id) : null };
    };
  }

  /** Creates the plan and every part of the draft through the plan services (validation, audit, reasons as they are). */
  static async save(ctx: Context, unitId: string, draft: PlanDraft): Promise<Plan> {
    const unit = await PlanImportService.unitFor(ctx, unitId);
    PlanImportService.checkDraft(draft);
    const implemented = await at('implements', () => PlanImportService.implemented(ctx, unit, draft.implements ?? null));
    const plan = await PlanService.create(ctx, {
      unitId, title: draft.title, number: draft.number ?? null, issuedOn: draft.issuedOn ?? null, issuingBody: draft.issuingBody ?? null,
      periodFrom: draft.periodFrom ?? null, periodTo: draft.periodTo ?? null, placeOfIssue: draft.placeOfIssue ?? null, ...implemented,
      preamble: draft.preamble ?? null, purposes: draft.purposes, requirements: draft.requirements, objectives: draft.objectives,
      responsibilitiesPreamble: draft.responsibilitiesPreamble ?? null, fundingSource: draft.fundingSource ?? null, recipients: draft.recipients,
      archive: draft.archive ?? null, signerOnBehalfOf: draft.signerOnBehalfOf ?? null, signerSignsFor: draft.signerSignsFor ?? null,
      signerCapacity: draft.signerCapacity ?? null, signerName: draft.signerName ?? null,
    });
    const planId = String(plan.id);
    for (const [index, ground] of draft.grounds.entries()) await at(`grounds[${index}]`, () => PlanImportService.document(ctx, unit, ground));
    for (const [index, task] of draft.tasks.entries()) await at(`tasks[${index}]`, () => PlanImportService.task(ctx, planId, task));
    for (const [index, target] of draft.targets.entries()) await at(`targets[${index}]`, () => PlanImportService.target(ctx, { planId: planId }, target));
    await PlanImportService.budget(ctx, planId, draft);
    for (const [index, r] of draft.responsibilities.entries()) {
      await at(`responsibilities[${index}]`, () => ResponsibilityService.create(ctx, { planId: planId, text: r.text, isRequest: r.isRequest, agencies: r.agencies.map(named) }));
    }
    for (const [index, rule] of draft.reportingRules.entries()) {
      await at(`reportingRules[${index}]`, () => ReportingRuleService.create(ctx, {
        planId: planId, frequency: rule.frequency, dueDay: rule.dueDay ?? null, dueMonth: rule.dueMonth ?? null, dueBefore: rule.dueBefore,
        reporterLevels: rule.reporterLevels, reporters: rule.reporters ?? null, receivingAgencyId: rule.receiving?.agencyId ?? null,
        receivingLabel: rule.receiving?.label ?? null, forwardedTo: rule.forwardedTo ?? null, note: rule.note ?? null,
      }));
    }
    return (await PlanService.byId(ctx, planId))!;
  }

  /** What the services cannot say about a draft: a target without an indicator, a printed total that is not the sum. */
  private static checkDraft(draft: PlanDraft): void {
    draft.tasks.forEach((task, t) => task.targets.forEach((target, i) => {
      if (!target.indicator) throw documentErrors.draftIndicatorMissing(`tasks[${t}].targets[${i}].indicator`);
    }));
    draft.targets.forEach((target, i) => {
      if (!target.indicator) throw documentErrors.draftIndicatorMissing(`targets[${i}].indicator`);
    });
    if (draft.budgetTotal != null && draft.budgetLines.length) {
      const sum = draft.budgetLines.filter((line) => !line.code.includes('.')).reduce((total, line) => total + toThousandths(line.amount), 0n);
      if (sum !== toThousandths(draft.budgetTotal)) throw documentErrors.draftBudgetTotal(normalizeDecimal(draft.budgetTotal), fromThousandths(sum));
    }
  }

  /** A parent plan the caller reads, else a known document, else the cited chain created as documents known by reference. */
  private static async implemented(ctx: Context, unit: AdminUnitEntity, cited: DraftDocument | null) {
    if (!cited) return { parentId: null, implementsDocumentId: null };
    if (cited.matchedPlanId) return { parentId: cited.matchedPlanId, implementsDocumentId: null };
    return { parentId: null, implementsDocumentId: await PlanImportService.document(ctx, unit, cited) };
  }

  /** The document's id: known, or created (content unknown) with what it implements, the unit's record of a cited document. */
  private static async document(ctx: Context, unit: AdminUnitEntity, cited: DraftDocument): Promise<string> {
    if (cited.matchedDocumentId) return cited.matchedDocumentId;
    const implementsId = cited.implements ? await PlanImportService.document(ctx, unit, cited.implements) : null;
    const created = await LegalDocumentService.create(ctx, {
      kind: cited.kind, numberSymbol: cited.numberSymbol ?? null, issuingBody: cited.issuingBody || unit.name, issuingUnitId: String(unit.id),
      issuedOn: cited.issuedOn ?? null, issuedYear: cited.issuedYear ?? null, title: cited.title || cited.numberSymbol || cited.kind, implementsId,
      contentKnown: false,
    });
    return String(created.id);
  }

  private static async task(ctx: Context, planId: string, task: PlanDraft['tasks'][number]): Promise<void> {
    const created = await PlanTaskService.create(ctx, {
      planId, code: task.code, labelStyle: task.labelStyle, title: task.title, description: task.description ?? null, leadText: task.leadText ?? null,
      coordinatingText: task.coordinatingText ?? null, scheduleKind: task.scheduleKind ?? null, scheduleYear: task.scheduleYear ?? null,
      scheduleYearTo: task.scheduleYearTo ?? null, scheduleQuarter: task.scheduleQuarter ?? null, scheduleBeforeDay: task.scheduleBeforeDay ?? null,
      scheduleBeforeMonth: task.scheduleBeforeMonth ?? null, scheduleNote: task.scheduleNote ?? null,
      agencies: [...task.lead.map((a) => ({ role: AgencyRole.LEAD, ...named(a) })), ...task.coordinating.map((a) => ({ role: AgencyRole.COORDINATING, ...named(a) }))],
    });
    for (const [index, target] of task.targets.entries()) await at(`targets[${index}]`, () => PlanImportService.target(ctx, { taskId: String(created.id) }, target));
    for (const [index, criterion] of task.criteria.entries()) {
      await at(`criteria[${index}]`, () => TaskCriterionService.create(ctx, {
        taskId: String(created.id), kind: criterion.kind, text: criterion.text, [INPUT_OF[criterion.kind]]: criterionInput(criterion.kind, criterion.parameters),
      }));
    }
  }

  private static async target(ctx: Context, owner: { taskId?: string; planId?: string }, target: DraftTarget): Promise<void> {
    await TargetService.create(ctx, {
      ...owner, indicator: target.indicator!, comparator: target.comparator, value: target.value, unit: target.unit, applies: target.applies,
      year: target.year ?? null, fromYear: target.fromYear ?? null, toYear: target.toYear ?? null, note: target.note ?? null,
    });
  }

  /**
   * The appendix in code order. A line with lines is entered at 0 and recomputed from them as they
   * come (rollUp, as the console does); then each must equal the draft's amount, or the budget rule refuses.
   */
  private static async budget(ctx: Context, planId: string, draft: PlanDraft): Promise<void> {
    const parents = new Set(draft.budgetLines.map((line) => line.code.split('.').slice(0, -1).join('.')).filter(Boolean));
    const created = new Map<string, string>();
    for (const [index, line] of draft.budgetLines.entries()) {
      const row = await at(`budgetLines[${index}]`, () => BudgetLineService.create(ctx, {
        planId, code: line.code, title: line.title, amount: parents.has(line.code) ? '0' : line.amount, scheduleKind: line.scheduleKind ?? null,
        scheduleYear: line.scheduleYear ?? null, scheduleNote: line.scheduleNote ?? null, rollUp: true,
      }));
      created.set(line.code, String(row.id));
    }
    for (const [index, line] of draft.budgetLines.entries()) {
      if (!parents.has(line.code)) continue;
      const stored = await BudgetLineService.byId(ctx, created.get(line.code)!);
      if (stored && toThousandths(stored.amount) !== toThousandths(line.amount)) {
        const children = draft.budgetLines.filter((child) => child.code.split('.').slice(0, -1).join('.') === line.code).map((child) => child.code);
        throw rename(planErrors.budgetMismatch({ code: line.code, amount: normalizeDecimal(line.amount), childrenSum: normalizeDecimal(stored.amount), children }), `budgetLines[${index}]`);
      }
    }
  }
}

/** A draft agency as the plan services take it. */
const named = (agency: DraftAgency) => ({ agencyId: agency.agencyId ?? null, agencyKind: agency.agencyKind ?? null, agencyLevel: agency.agencyLevel ?? null, label: agency.label });

/** The stored shape of a criterion as its typed input (a pilot selection stores its candidateLevel as unitLevel). */
function criterionInput(kind: TaskCriterionKind, parameters: Record<string, unknown>): Record<string, unknown> {
  if (kind !== TaskCriterionKind.PILOT_SELECTION) return parameters;
  const { unitLevel, ...rest } = parameters;
  return { ...rest, candidateLevel: unitLevel };
}

/** A refusal of a part names the part in the draft: "budgetLines[2].amount", so the console can point at it. */
function rename(error: AppError, path: string): AppError {
  const field = error.extensions.field;
  return new AppError('BAD_USER_INPUT', error.message, { ...error.extensions, field: typeof field === 'string' && field ? `${path}.${field}` : path });
}

async function at<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') throw rename(error, path);
    throw error;
  }
}
