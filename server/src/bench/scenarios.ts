/** A benchmark scenario: a GraphQL operation run as a demo account, with its latency target. */
export type Scenario = {
  name: string;
  account: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Target for the 95th percentile, in milliseconds. */
  p95TargetMs: number;
  iterations?: number;
};

export const scenarios: Scenario[] = [
  {
    name: 'units: search without diacritics',
    account: 'analyst@demo.hoagiai.vn',
    query: '{ allAdministrativeUnits(filter: { q: "my tu" }, perPage: 25) { id code name level } }',
    p95TargetMs: 50,
  },
  {
    name: 'units: 100 districts with parent and 5 children each',
    account: 'analyst@demo.hoagiai.vn',
    query: '{ allAdministrativeUnits(perPage: 100, filter: { level: DISTRICT }) { name parent { name } children(perPage: 5) { name } } }',
    p95TargetMs: 150,
  },
  {
    name: 'units: a commune with its successors and predecessors',
    account: 'cantho.admin@demo.hoagiai.vn',
    query: '{ allAdministrativeUnits(filter: { code: "31567" }) { name successors { kind unit { name } } predecessors { kind unit { name } } } }',
    p95TargetMs: 50,
  },
  {
    name: 'hamlets: a province admin lists a page',
    account: 'soctrang.admin@demo.hoagiai.vn',
    query: '{ allHamlets(perPage: 50) { id name unit { name } } _allHamletsMeta { count } }',
    p95TargetMs: 100,
  },
];
