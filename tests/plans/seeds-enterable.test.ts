import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { startTestApp, type GqlResponse, type TestApp } from '../support/harness';
import { BAC_LIEU_ROWS, enterPlanRows, MY_TU_ROWS, PLAN_ROWS_SELECTION, type PlanRows } from './support/enter-plan-rows';

/**
 * The seeds are enterable (issue 7): Mỹ Tú's 127/KH-UBND and Bạc Liêu's 21/KH-UBND, as the seed
 * loader stores them, are built again from nothing by their own staff through the public GraphQL
 * mutations only (the plan and its text parts, tasks with their agencies and timing, targets, the
 * budget appendix, recipients and signer, responsibilities, the reporting rule and the task
 * criteria, the last three typed as in ./support/enter-plan-rows), then issued, and compared field
 * by field with the seeded plans. The province's 156/KH-UBND, which 127 implements, stays: it is the
 * province's, and a district enters its own plan under it.
 *
 * What the seeded plan is read as comes first (through the API), then the seeded plan steps aside
 * (as the database owner: only the arrangement uses SQL), then everything is entered again.
 */
let app: TestApp;
let token: string;
const seeded: Record<'myTu' | 'bacLieu', Plan> = {} as never;
const tokens: Record<'myTu' | 'bacLieu', string> = {} as never;

type Agency = { role: string; label: string; agencyId: string | null; agencyKind: string | null; agencyLevel: string | null };
type TargetRow = { indicator: string; comparator: string; value: string; unit: string; perQuantity: number | null; applies: string; year: number | null;
  fromYear: number | null; toYear: number | null; note: string | null };
type Task = { id: string; code: string; labelStyle: string; title: string; description: string | null; leadText: string | null; coordinatingText: string | null;
  scheduleKind: string | null; scheduleYear: number | null; scheduleYearTo: number | null; scheduleQuarter: number | null; scheduleBeforeDay: number | null;
  scheduleBeforeMonth: number | null; scheduleNote: string | null; agencies: Agency[]; targets: TargetRow[] };
type Line = { code: string; title: string; amount: string; scheduleKind: string | null; scheduleYear: number | null; scheduleNote: string | null; taskId: string | null };
type Plan = Record<string, any> & { tasks: (Task & { criteria: unknown[] })[]; budgetLines: Line[]; targets: TargetRow[] };

const TARGET = 'indicator comparator value unit perQuantity applies year fromYear toYear note';
const PLAN = `number title implementsDocumentId issuedOn issuingBody periodFrom periodTo status contentKnown sourceNote placeOfIssue preamble purposes requirements objectives
  responsibilitiesPreamble fundingSource recipients archive signer { name signsFor capacity onBehalfOf } parent { number } issuedBy { id } predecessor { id }
  document { kind numberSymbol issuedOn issuingBody implementsChain { numberSymbol } }
  tasks { id code labelStyle title description leadText coordinatingText scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay
    scheduleBeforeMonth scheduleNote agencies { role label agencyId agencyKind agencyLevel } targets { ${TARGET} } }
  targets { ${TARGET} }
  budgetLines { code title amount scheduleKind scheduleYear scheduleNote taskId }
  budgetTotal total2024: budgetTotal(year: 2024) total2025: budgetTotal(year: 2025)
  ${PLAN_ROWS_SELECTION}`;

const ok = <T = Record<string, any>>(result: GqlResponse<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const gql = async (query: string, variables: Record<string, unknown> = {}) => ok(await app.gql(query, variables, { token }));
const readPlan = async (id: string): Promise<Plan> => (await gql(`query ($id: ID!) { Plan(id: $id) { ${PLAN} } }`, { id })).Plan;
const planId = async (number: string) => (await gql('query ($q: String!) { allPlans(filter: { q: $q }) { id number } }', { q: number })).allPlans
  .find((plan: { number: string }) => plan.number === number).id as string;

beforeAll(async () => {
  app = await startTestApp();
  tokens.myTu = await app.login(DEMO.myTuStaff);
  tokens.bacLieu = await app.login(DEMO.bacLieuAdmin);
  for (const which of ['myTu', 'bacLieu'] as const) {
    token = tokens[which];
    seeded[which] = await readPlan(await planId(SOURCE_PLANS[which]));
    // Arrangement only: the seeded plan steps aside (a draft without number or parent), so its number and its place under
    // 156/KH-UBND are free again. Its reports are approved and locked, so it is not deleted; the guards are the owner's to pass.
    await app.sql(`begin;
      set local session_replication_role = replica;
      update legal_document set number_symbol = null where id = (select document_id from plan where number = '${SOURCE_PLANS[which]}');
      update plan set number = null, parent_plan_id = null, implements_document_id = null, status = 'DRAFT', title = 'Bản gốc (đã thay)'
       where number = '${SOURCE_PLANS[which]}';
      commit;`);
  }
});
afterAll(() => app?.close());

/**
 * The plan, then its tasks, targets and budget, then its responsibilities, reporting rule and criteria (`rows`, as typed
 * from the document), then issued: all through the public mutations.
 */
async function enter(source: Plan, unitCode: string, rows: PlanRows): Promise<string> {
  // A plan under a parent plan implements the parent's document; one without (Bạc Liêu's) names the document it implements.
  const parentId = source.parent ? await planId(source.parent.number) : null;
  const implementsDocumentId = parentId ? null : source.implementsDocumentId;
  const { createPlan } = await gql(`mutation ($unitId: ID!, $number: String, $title: String!, $issuedOn: LocalDate, $issuingBody: String, $periodFrom: Int,
    $periodTo: Int, $parentId: ID, $implementsDocumentId: ID, $sourceNote: String, $placeOfIssue: String, $preamble: String, $purposes: [String!], $requirements: [String!],
    $objectives: [String!], $responsibilitiesPreamble: String, $fundingSource: String, $recipients: [String!], $archive: String, $signerName: String,
    $signerSignsFor: String, $signerCapacity: String, $signerOnBehalfOf: String) {
    createPlan(unitId: $unitId, number: $number, title: $title, issuedOn: $issuedOn, issuingBody: $issuingBody, periodFrom: $periodFrom, periodTo: $periodTo,
      parentId: $parentId, implementsDocumentId: $implementsDocumentId, sourceNote: $sourceNote, placeOfIssue: $placeOfIssue, preamble: $preamble, purposes: $purposes, requirements: $requirements,
      objectives: $objectives, responsibilitiesPreamble: $responsibilitiesPreamble, fundingSource: $fundingSource, recipients: $recipients, archive: $archive,
      signerName: $signerName, signerSignsFor: $signerSignsFor, signerCapacity: $signerCapacity, signerOnBehalfOf: $signerOnBehalfOf) { id version } }`, {
    unitId: await app.unitId(unitCode), number: source.number, title: source.title, issuedOn: source.issuedOn, issuingBody: source.issuingBody,
    periodFrom: source.periodFrom, periodTo: source.periodTo, parentId, implementsDocumentId, sourceNote: source.sourceNote, placeOfIssue: source.placeOfIssue,
    preamble: source.preamble, purposes: source.purposes, requirements: source.requirements, objectives: source.objectives,
    responsibilitiesPreamble: source.responsibilitiesPreamble, fundingSource: source.fundingSource, recipients: source.recipients, archive: source.archive,
    signerName: source.signer?.name, signerSignsFor: source.signer?.signsFor, signerCapacity: source.signer?.capacity, signerOnBehalfOf: source.signer?.onBehalfOf,
  });
  const taskIds = new Map<string, string>();
  for (const task of source.tasks) {
    const { createPlanTask } = await gql(`mutation ($planId: ID!, $code: String!, $labelStyle: LabelStyle, $title: String!, $description: String, $leadText: String,
      $coordinatingText: String, $scheduleKind: ScheduleKind, $scheduleYear: Int, $scheduleYearTo: Int, $scheduleQuarter: Int, $scheduleBeforeDay: Int,
      $scheduleBeforeMonth: Int, $scheduleNote: String, $agencies: [AgencyAssignmentInput!]) {
      createPlanTask(planId: $planId, code: $code, labelStyle: $labelStyle, title: $title, description: $description, leadText: $leadText,
        coordinatingText: $coordinatingText, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear, scheduleYearTo: $scheduleYearTo,
        scheduleQuarter: $scheduleQuarter, scheduleBeforeDay: $scheduleBeforeDay, scheduleBeforeMonth: $scheduleBeforeMonth, scheduleNote: $scheduleNote,
        agencies: $agencies) { id } }`, {
      planId: createPlan.id, code: task.code, labelStyle: task.labelStyle, title: task.title, description: task.description, leadText: task.leadText,
      coordinatingText: task.coordinatingText, scheduleKind: task.scheduleKind, scheduleYear: task.scheduleYear, scheduleYearTo: task.scheduleYearTo,
      scheduleQuarter: task.scheduleQuarter, scheduleBeforeDay: task.scheduleBeforeDay, scheduleBeforeMonth: task.scheduleBeforeMonth, scheduleNote: task.scheduleNote,
      agencies: task.agencies.map(({ role, label, agencyId, agencyKind, agencyLevel }) => ({ role, label, agencyId, agencyKind, agencyLevel })),
    });
    taskIds.set(task.id, createPlanTask.id);
    for (const target of task.targets) await enterTarget({ taskId: createPlanTask.id }, target);
  }
  for (const target of source.targets) await enterTarget({ planId: createPlan.id }, target);
  // A parent line is entered at 0 and recomputed from its lines as they come (rollUp), as the console does.
  const parents = new Set(source.budgetLines.map((line) => line.code.split('.').slice(0, -1).join('.')).filter(Boolean));
  for (const line of source.budgetLines) {
    await gql(`mutation ($planId: ID!, $code: String!, $title: String!, $amount: Decimal!, $scheduleKind: ScheduleKind, $scheduleYear: Int, $scheduleNote: String,
      $taskId: ID) { createBudgetLine(planId: $planId, code: $code, title: $title, amount: $amount, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear,
        scheduleNote: $scheduleNote, taskId: $taskId, rollUp: true) { id } }`, {
      planId: createPlan.id, code: line.code, title: line.title, amount: parents.has(line.code) ? '0' : line.amount, scheduleKind: line.scheduleKind,
      scheduleYear: line.scheduleYear, scheduleNote: line.scheduleNote, taskId: line.taskId ? taskIds.get(line.taskId) : null,
    });
  }
  // Responsibilities ("Phân công nhiệm vụ"), the reporting rule and the task criteria, on the new tasks by code.
  await enterPlanRows(app, token, createPlan.id, Object.fromEntries(source.tasks.map((task) => [task.code, taskIds.get(task.id)!])), rows);
  if (source.status !== 'DRAFT') {
    await gql('mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { id } }', { id: createPlan.id, version: createPlan.version });
  }
  return createPlan.id;
}

async function enterTarget(owner: { taskId?: string; planId?: string }, target: TargetRow): Promise<void> {
  await gql(`mutation ($taskId: ID, $planId: ID, $indicator: IndicatorCode!, $comparator: TargetComparator!, $value: Decimal!, $unit: TargetUnit,
    $perQuantity: Int, $applies: TargetApplies!, $year: Int, $fromYear: Int, $toYear: Int, $note: String) {
    createTarget(taskId: $taskId, planId: $planId, indicator: $indicator, comparator: $comparator, value: $value, unit: $unit, perQuantity: $perQuantity,
      applies: $applies, year: $year, fromYear: $fromYear, toYear: $toYear, note: $note) { id } }`, { ...owner, ...target });
}

/** Ids differ between the two plans; a budget line's task is compared by its code. */
const comparable = (plan: Plan) => {
  const codeOf = new Map(plan.tasks.map((task) => [task.id, task.code]));
  return {
    ...plan,
    tasks: plan.tasks.map(({ id: _id, ...task }) => task),
    budgetLines: plan.budgetLines.map((line) => ({ ...line, taskId: line.taskId ? codeOf.get(line.taskId) : null })),
  };
};

/** Compares two plans field by field, so a difference names its field (and its task). */
function expectSamePlan(entered: Plan, source: Plan): void {
  const [expected, actual] = [comparable(source), comparable(entered)];
  for (const field of Object.keys(expected).filter((key) => !['tasks', 'budgetLines'].includes(key))) {
    expect({ field, value: actual[field] }).toEqual({ field, value: expected[field] });
  }
  expect(actual.tasks.length).toBe(expected.tasks.length);
  for (const [index, task] of expected.tasks.entries()) {
    for (const field of Object.keys(task) as (keyof typeof task)[]) {
      expect({ task: task.code, field, value: actual.tasks[index][field] }).toEqual({ task: task.code, field, value: task[field] });
    }
  }
  expect(actual.budgetLines).toEqual(expected.budgetLines);
}

describe('the seeds are enterable', () => {
  it('reads the seeded 127/KH-UBND whole: tasks with agencies and timing, targets, a budget of 129 (119 in 2024), recipients, signer and rows', () => {
    const myTu = seeded.myTu;
    expect(myTu.tasks.length).toBeGreaterThan(3);
    expect(myTu.tasks.flatMap((task) => task.targets).length).toBeGreaterThan(0);
    expect(myTu.tasks.flatMap((task) => task.agencies).length).toBeGreaterThan(0);
    expect({ total: myTu.budgetTotal, total2024: myTu.total2024 }).toEqual({ total: '129', total2024: '119' });
    expect(myTu.signer).toEqual({ name: 'Nguyễn Thanh Phong', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', onBehalfOf: 'TM. ỦY BAN NHÂN DÂN' });
    expect(myTu.archive).toBe('VT, NC');
    expect(myTu.responsibilities).toHaveLength(4);
    expect(myTu.reportingRules).toHaveLength(1);
  });

  it('reads the seeded 21/KH-UBND whole: ten tasks, the document it implements, criteria on tasks 3, 4 and 5', () => {
    const bacLieu = seeded.bacLieu;
    expect(bacLieu.tasks).toHaveLength(10);
    expect(bacLieu.implementsDocumentId).not.toBeNull();
    expect(bacLieu.tasks.map((task) => [task.code, task.criteria.length]).filter(([, n]) => n)).toEqual([['3', 2], ['4', 2], ['5', 2]]);
  });

  it('builds Mỹ Tú\'s 127/KH-UBND again through the API, equal to the seeded one field by field', async () => {
    token = tokens.myTu;
    const entered = await readPlan(await enter(seeded.myTu, '944', MY_TU_ROWS));
    expectSamePlan(entered, seeded.myTu);
    expect({ total: entered.budgetTotal, total2024: entered.total2024, total2025: entered.total2025 }).toEqual({ total: '129', total2024: '119', total2025: '129' });
  });

  it('builds Bạc Liêu\'s 21/KH-UBND again through the API, equal to the seeded one field by field', async () => {
    token = tokens.bacLieu;
    const entered = await readPlan(await enter(seeded.bacLieu, '95', BAC_LIEU_ROWS));
    expectSamePlan(entered, seeded.bacLieu);
  });
});
