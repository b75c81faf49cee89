// The criterion shapes share their enums with the GraphQL types, whose decorators need the polyfill.
import 'reflect-metadata';
import type pg from 'pg';
import { TaskCriterionKind } from '../modules/plans/plan.enums';
import { criterionParameters } from '../modules/plans/task-criterion.shape';
import { once, readSeed, unitIdOf, type UnitRef } from './seed-files';

/** The seeded plans by number: tests and the README refer to them by these. */
export const SOURCE_PLANS = { socTrang: '156/KH-UBND', myTu: '127/KH-UBND', bacLieu: '21/KH-UBND' } as const;

/** In dependency order: a plan after the plan it implements. */
const PLAN_FILES = ['soc-trang-156-KH-UBND-2021.json', 'my-tu-127-KH-UBND-2021.json', 'bac-lieu-21-KH-UBND-2022.json'];

type DocumentSeed = {
  key: string; kind: string; numberSymbol?: string; issuingBody: string; unit?: UnitRef; issuedOn?: string; issuedYear?: number;
  title: string; implements?: string; contentKnown: boolean;
};
/** An agency as the document names it: one seeded agency (by name), or a kind and/or level. */
type AgencySeed = { agency?: string; kind?: string; level?: string; label: string };
type ScheduleSeed = { kind: string; year?: number; note?: string };
type TaskSeed = {
  code: string; labelStyle?: string; title: string; description?: string; leadText?: string; coordinatingText?: string; schedule?: ScheduleSeed;
  lead?: AgencySeed[]; coordinating?: AgencySeed[];
  targets?: { indicator: string; comparator: string; value: string; unit: string; applies: string; year?: number; fromYear?: number; toYear?: number; note?: string }[];
  criteria?: { kind: TaskCriterionKind; text: string; parameters: unknown }[];
};
type PlanSeed = {
  key: string; unit: UnitRef; number: string; issuedOn: string; placeOfIssue?: string; issuingBody: string; title: string; status: string;
  periodFrom?: number; periodTo?: number; parentPlan?: string; implementsDocument?: string; contentKnown: boolean; sourceNote?: string;
  preamble?: string; purposes?: string[]; requirements?: string[]; objectives?: string[]; tasks?: TaskSeed[];
  responsibilitiesPreamble?: string; responsibilities?: { text: string; isRequest?: boolean; agencies: AgencySeed[] }[];
  fundingSource?: string; budget?: { code: string; title: string; amount: string; schedule?: ScheduleSeed }[]; budgetColumnTotal?: string;
  reportingRules?: {
    frequency: string; dueDay?: number; dueMonth?: number; dueBefore: boolean; reporterLevels: string[]; reporters?: string;
    receivingAgency?: string; receivingLabel?: string; forwardedTo?: string; note?: string;
  }[];
  signer?: { name?: string; signsFor?: string; capacity?: string; onBehalfOf?: string }; recipients?: string[]; archive?: string;
};

/**
 * The two source plans and what they implement (seeds/plans/*.json), loaded as the owner. The
 * database triggers give every row its plan's unit and path and each plan its legal document,
 * exactly as for API writes; the budget tree and the criteria are checked as the API would.
 */
export async function loadSourcePlans(owner: pg.ClientBase, log: (message: string) => void): Promise<void> {
  const loaded = await once(owner, 'demo-plans', async () => {
    const documents = new Map<string, number>();
    for (const document of readSeed<{ documents: DocumentSeed[] }>('plans/documents.json').documents) {
      const { rows } = await owner.query<{ id: number }>(
        `insert into legal_document (kind, number_symbol, issuing_body, unit_id, issued_on, issued_year, title, implements_id, content_known)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
        [
          document.kind, document.numberSymbol ?? null, document.issuingBody, document.unit ? await unitIdOf(owner, document.unit) : null,
          document.issuedOn ?? null, document.issuedYear ?? null, document.title,
          document.implements ? key(documents, document.implements) : null, document.contentKnown,
        ],
      );
      documents.set(document.key, rows[0].id);
    }
    const plans = new Map<string, number>();
    for (const file of PLAN_FILES) {
      const { plan } = readSeed<{ plan: PlanSeed }>(`plans/${file}`);
      plans.set(plan.key, await insertPlan(owner, plan, documents, plans));
    }
    return documents.size + plans.size;
  });
  if (loaded) log('  plans of the source documents loaded (127/KH-UBND, 156/KH-UBND, 21/KH-UBND)');
}

function key(map: Map<string, number>, name: string): number {
  const id = map.get(name);
  if (id == null) throw new Error(`Seed refers to "${name}", which is not loaded before it`);
  return id;
}

async function agencyId(owner: pg.ClientBase, name: string): Promise<number> {
  const { rows } = await owner.query<{ id: number }>('select id from agency where name = $1', [name]);
  if (rows.length !== 1) throw new Error(`Seed names agency "${name}", which is not exactly one seeded agency (seeds/agencies.json)`);
  return rows[0].id;
}

async function insertPlan(owner: pg.ClientBase, plan: PlanSeed, documents: Map<string, number>, plans: Map<string, number>): Promise<number> {
  const { rows } = await owner.query<{ id: number }>(
    `insert into plan (unit_id, number, title, issued_on, issuing_body, period_from, period_to, status, parent_plan_id,
                       implements_document_id, content_known, source_note, preamble, purposes, requirements, objectives,
                       responsibilities_preamble, funding_source, signer_name, signer_capacity, signer_on_behalf_of, recipients,
                       signer_signs_for, archive, place_of_issue)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) returning id`,
    [
      await unitIdOf(owner, plan.unit), plan.number, plan.title, plan.issuedOn, plan.issuingBody, plan.periodFrom ?? null, plan.periodTo ?? null,
      plan.status, plan.parentPlan ? key(plans, plan.parentPlan) : null, plan.implementsDocument ? key(documents, plan.implementsDocument) : null,
      plan.contentKnown, plan.sourceNote ?? null, plan.preamble ?? null, plan.purposes ?? [], plan.requirements ?? [], plan.objectives ?? [],
      plan.responsibilitiesPreamble ?? null, plan.fundingSource ?? null, plan.signer?.name ?? null, plan.signer?.capacity ?? null,
      plan.signer?.onBehalfOf ?? null, plan.recipients ?? [], plan.signer?.signsFor ?? null, plan.archive ?? null, plan.placeOfIssue ?? null,
    ],
  );
  const planId = rows[0].id;
  for (const task of plan.tasks ?? []) await insertTask(owner, planId, task);
  for (const [index, responsibility] of (plan.responsibilities ?? []).entries()) {
    const { rows: [row] } = await owner.query<{ id: number }>(
      'insert into responsibility (plan_id, position, text, is_request) values ($1, $2, $3, $4) returning id',
      [planId, index + 1, responsibility.text, responsibility.isRequest ?? false],
    );
    await insertAgencies(owner, planId, { responsibilityId: row.id }, 'RESPONSIBLE', responsibility.agencies);
  }
  await insertBudget(owner, planId, plan);
  for (const [index, rule] of (plan.reportingRules ?? []).entries()) {
    await owner.query(
      `insert into reporting_rule (plan_id, position, frequency, due_day, due_month, due_before, reporter_levels, reporters,
                                   receiving_agency_id, receiving_label, forwarded_to, note)
       values ($1, $2, $3, $4, $5, $6, $7::unit_level[], $8, $9, $10, $11, $12)`,
      [
        planId, index + 1, rule.frequency, rule.dueDay ?? null, rule.dueMonth ?? null, rule.dueBefore, rule.reporterLevels, rule.reporters ?? null,
        rule.receivingAgency ? await agencyId(owner, rule.receivingAgency) : null, rule.receivingLabel ?? null, rule.forwardedTo ?? null, rule.note ?? null,
      ],
    );
  }
  return planId;
}

async function insertTask(owner: pg.ClientBase, planId: number, task: TaskSeed): Promise<void> {
  const { rows: [row] } = await owner.query<{ id: number }>(
    `insert into plan_task (plan_id, code, title, description, lead_text, coordinating_text, schedule_kind, schedule_year, schedule_note, label_style)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [planId, task.code, task.title, task.description ?? null, task.leadText ?? null, task.coordinatingText ?? null,
      task.schedule?.kind ?? null, task.schedule?.year ?? null, task.schedule?.note ?? null, task.labelStyle ?? 'ARABIC'],
  );
  await insertAgencies(owner, planId, { taskId: row.id }, 'LEAD', task.lead ?? []);
  await insertAgencies(owner, planId, { taskId: row.id }, 'COORDINATING', task.coordinating ?? []);
  for (const [index, target] of (task.targets ?? []).entries()) {
    await owner.query(
      `insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, applies, year, note)
       values ($1, $2, $3, $4, $5, $6::numeric, $7, $8, $9, $10)`,
      [planId, row.id, index + 1, target.indicator, target.comparator, target.value, target.unit, target.applies, target.year ?? null, target.note ?? null],
    );
  }
  for (const [index, criterion] of (task.criteria ?? []).entries()) {
    await owner.query(
      'insert into task_criterion (plan_id, task_id, position, kind, text, parameters) values ($1, $2, $3, $4, $5, $6)',
      [planId, row.id, index + 1, criterion.kind, criterion.text, JSON.stringify(criterionParameters(criterion.kind, criterion.parameters))],
    );
  }
}

async function insertAgencies(owner: pg.ClientBase, planId: number, owning: { taskId?: number; responsibilityId?: number }, role: string, agencies: AgencySeed[]) {
  for (const [index, agency] of agencies.entries()) {
    await owner.query(
      `insert into plan_agency (plan_id, task_id, responsibility_id, role, position, agency_id, agency_kind, agency_level, label)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [planId, owning.taskId ?? null, owning.responsibilityId ?? null, role, index + 1,
        agency.agency ? await agencyId(owner, agency.agency) : null, agency.kind ?? null, agency.level ?? null, agency.label],
    );
  }
}

/** Lines in code order, each under the line its code extends; then the tree and the column total are checked. */
async function insertBudget(owner: pg.ClientBase, planId: number, plan: PlanSeed): Promise<void> {
  const ids = new Map<string, number>();
  for (const line of plan.budget ?? []) {
    const parentCode = line.code.includes('.') ? line.code.slice(0, line.code.lastIndexOf('.')) : null;
    const { rows: [row] } = await owner.query<{ id: number }>(
      `insert into budget_line (plan_id, parent_id, code, title, amount, schedule_kind, schedule_year, schedule_note)
       values ($1, $2, $3, $4, $5::numeric, $6, $7, $8) returning id`,
      [planId, parentCode ? key(ids, parentCode) : null, line.code, line.title, line.amount, line.schedule?.kind ?? null,
        line.schedule?.year ?? null, line.schedule?.note ?? null],
    );
    ids.set(line.code, row.id);
  }
  const { rows: mismatches } = await owner.query('select code from app.budget_mismatches($1)', [planId]);
  if (mismatches.length) throw new Error(`Seed ${plan.key}: budget line ${mismatches[0].code} is not the sum of its lines`);
  if (plan.budgetColumnTotal) {
    const { rows: [{ equal }] } = await owner.query<{ equal: boolean }>(
      'select coalesce(sum(amount), 0) = $2::numeric as equal from budget_line where plan_id = $1 and parent_id is null',
      [planId, plan.budgetColumnTotal],
    );
    if (!equal) throw new Error(`Seed ${plan.key}: the top-level lines do not sum to the printed total ${plan.budgetColumnTotal}`);
  }
}
