/** A benchmark scenario: a GraphQL operation run as a demo account, with its latency target. */
export type Scenario = {
  name: string;
  account: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Target for the 95th percentile, in milliseconds. */
  p95TargetMs: number;
  iterations?: number;
  /** Untimed work before each iteration (e.g. a fresh plan to cascade); returns its variables. */
  prepare?: (post: Post, token: string) => Promise<Record<string, unknown>>;
};

export type Post = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<Record<string, any>>;

const SOC_TRANG = `{ allAdministrativeUnits(filter: { code: "94", level: PROVINCE, validOn: "2021-11-01" }) { id children(perPage: 20) { id } } }`;

/**
 * Latency checks beside the comparison (project only, p95): searches and the cascade, which have
 * no single-statement floor. W1, W2 and W5 of the comparison replaced the scenarios they covered.
 */
export const otherScenarios: Scenario[] = [
  {
    name: 'units: search without diacritics',
    account: 'analyst@demo.hoagiai.vn',
    query: '{ allAdministrativeUnits(filter: { q: "my tu" }, perPage: 25) { id code name level } }',
    p95TargetMs: 50,
  },
  {
    name: 'units: a commune with its successors and predecessors',
    account: 'cantho.admin@demo.hoagiai.vn',
    query: '{ allAdministrativeUnits(filter: { code: "31567" }) { name successors { kind unit { name } } predecessors { kind unit { name } } } }',
    p95TargetMs: 100,
  },
  {
    name: 'plans: cascade a plan with tasks, targets and budget to all 11 districts of Sóc Trăng (2021)',
    account: 'soctrang.admin@demo.hoagiai.vn',
    query: 'mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }',
    p95TargetMs: 2000,
    iterations: 10,
    prepare: async (post, token) => {
      const [province] = (await post(SOC_TRANG, {}, token)).allAdministrativeUnits;
      const unitIds = province.children.map((unit: { id: string }) => unit.id);
      const copy = await post('mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch mẫu để đo") { id } }', { unitId: province.id }, token);
      for (let task = 1; task <= 6; task += 1) {
        const { createPlanTask } = await post(
          'mutation ($planId: ID!, $code: String!) { createPlanTask(planId: $planId, code: $code, title: "Nhiệm vụ", scheduleKind: YEARLY) { id } }',
          { planId: copy.createPlan.id, code: String(task) }, token,
        );
        await post('mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "85", applies: EVERY_YEAR) { id } }', { taskId: createPlanTask.id }, token);
        await post('mutation ($planId: ID!, $code: String!) { createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: "10", rollUp: true) { id } }', { planId: copy.createPlan.id, code: String(task) }, token);
      }
      return { planId: copy.createPlan.id, unitIds };
    },
  },
];
