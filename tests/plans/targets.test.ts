import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/** Targets: a percent lies in 0–100, the unit is the indicator's, and BY_YEAR names its year. */
let app: TestApp;
let token: string;
let taskId: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.myTuStaff);
  const [task] = await app.sql(`select t.id from plan_task t join plan p on p.id = t.plan_id where p.number = $1 and t.code = '2'`, [SOURCE_PLANS.myTu]);
  taskId = String(task.id);
});
afterAll(() => app?.close());

const CREATE = `mutation ($taskId: ID!, $indicator: IndicatorCode!, $comparator: TargetComparator!, $value: Decimal!, $applies: TargetApplies!,
  $unit: TargetUnit, $year: Int, $perQuantity: Int) {
  createTarget(taskId: $taskId, indicator: $indicator, comparator: $comparator, value: $value, applies: $applies, unit: $unit, year: $year,
    perQuantity: $perQuantity) { id indicator comparator value unit applies year perQuantity position version } }`;

const target = (overrides: Record<string, unknown>) => ({ taskId, indicator: 'MEDIATORS_TRAINED_SHARE', comparator: 'GTE', value: '75', applies: 'EVERY_YEAR', ...overrides });

describe('Target', () => {
  it.each([['101'], ['100.5'], ['-1']])('refuses a percent of %s, naming value', async (value) => {
    const result = await app.gql(CREATE, target({ value }), { token });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
  });

  it('accepts 0 and 100 percent, and takes the indicator\'s unit', async () => {
    for (const value of ['0', '100']) {
      const result = await app.gql(CREATE, target({ value }), { token });
      expect(result.data?.createTarget).toMatchObject({ value, unit: 'PERCENT' });
    }
  });

  it('takes counts above 100 for a count indicator, per a number of teams (≥ 1 trainer per 80 teams)', async () => {
    const result = await app.gql(CREATE, target({ indicator: 'TRAINERS_PER_TEAMS', value: '1', perQuantity: 80 }), { token });
    expect(result.data?.createTarget).toMatchObject({ indicator: 'TRAINERS_PER_TEAMS', value: '1', unit: 'COUNT', perQuantity: 80 });
    const big = await app.gql(CREATE, target({ indicator: 'TRAINERS_PER_TEAMS', value: '150' }), { token });
    expect(big.data?.createTarget.value).toBe('150');
  });

  it('refuses a unit the indicator is not measured in, and a BY_YEAR target without its year', async () => {
    expect((await app.gql(CREATE, target({ unit: 'COUNT' }), { token })).errors![0].extensions).toMatchObject({ field: 'unit' });
    expect((await app.gql(CREATE, target({ applies: 'BY_YEAR' }), { token })).errors![0].extensions).toMatchObject({ field: 'year' });
    expect((await app.gql(CREATE, target({ year: 2024 }), { token })).errors![0].extensions).toMatchObject({ field: 'year' });
  });

  it('keeps the percent bound in the database too', async () => {
    await expect(app.sql(`update target set value = 101 where task_id = $1`, [taskId])).rejects.toThrow(/target_percent_range/);
  });

  it('updates a target with its version, refuses a stale one, and records the amendment of the issued plan', async () => {
    const created = (await app.gql(CREATE, target({ value: '60' }), { token })).data!.createTarget;
    const update = `mutation ($id: ID!, $version: Int!, $value: Decimal) { updateTarget(id: $id, version: $version, value: $value) { value version } }`;
    expect((await app.gql(update, { id: created.id, version: created.version, value: '65' }, { token })).data!.updateTarget).toEqual({ value: '65', version: created.version + 1 });
    expect(codeOf(await app.gql(update, { id: created.id, version: created.version, value: '70' }, { token }))).toBe('CONFLICT');
    const percent = await app.gql(update, { id: created.id, version: created.version + 1, value: '170' }, { token });
    expect(percent.errors![0].extensions).toMatchObject({ field: 'value' });
    const [amendment] = await app.sql(`select before, after from plan_amendment where entity = 'Target' and entity_id = $1 and action = 'UPDATE'`, [created.id]);
    expect(amendment).toEqual({ before: { value: '60' }, after: { value: '65' } });
  });

  it('lists the indicator catalogue', async () => {
    const result = await app.gql('{ indicators { code unit } }', {}, { token });
    expect(result.data!.indicators).toEqual(expect.arrayContaining([
      { code: 'TEAMS_CONSOLIDATED_SHARE', unit: 'PERCENT' }, { code: 'SETTLEMENT_RATE', unit: 'PERCENT' }, { code: 'SECRETARY_LED_SHARE', unit: 'PERCENT' },
      { code: 'MEDIATORS_TRAINED_SHARE', unit: 'PERCENT' }, { code: 'NEW_MEDIATORS_TRAINED_SHARE', unit: 'PERCENT' }, { code: 'TRAINERS_PER_TEAMS', unit: 'COUNT' },
    ]));
  });
});
