import type pg from 'pg';
import { TaskCriterionKind } from '../../modules/plans/plan.enums';
import { criterionParameters } from '../../modules/plans/task-criterion.shape';
import { randomFor } from './prng';
import type { UnitRow } from './synthetic.types';

/**
 * A 2025 province's plan for the years after the reform, so that its communes owe yearly reports
 * (commune → province, before 15 November), its targets are measured and its pilot communes can be
 * chosen. Synthetic and marked so (source_note): not a real document.
 */
const TASKS = [
  {
    code: '1', title: 'Kiện toàn, củng cố tổ hòa giải và đội ngũ hòa giải viên sau khi sắp xếp đơn vị hành chính',
    targets: [
      { indicator: 'TEAMS_CONSOLIDATED_SHARE', comparator: 'EQ', value: '100', applies: 'EVERY_YEAR', year: null },
      { indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '85', applies: 'BY_YEAR', year: 2030 },
    ],
  },
  {
    code: '2', title: 'Bồi dưỡng, tập huấn kỹ năng, nghiệp vụ cho hòa giải viên',
    targets: [{ indicator: 'NEW_MEDIATORS_TRAINED_SHARE', comparator: 'EQ', value: '100', applies: 'EVERY_YEAR', year: null }],
  },
  { code: '3', title: 'Chỉ đạo điểm về hòa giải ở cơ sở tại một số xã, phường', targets: [] },
] as const;

const PILOT_CRITERION = {
  selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, within: 'PLAN_UNIT', unitLevel: 'COMMUNE', count: 3,
  priorities: ['FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION', 'LOW_SETTLEMENT_RATE'], priorityMode: 'ANY', conditional: false,
};

/** Inserts the plan (issued, in progress) with its tasks, targets, pilot criterion and reporting rule; answers its id. */
export async function insertProvincePlan(client: pg.ClientBase, seed: number, province: UnitRow): Promise<number> {
  const number = `${randomFor(seed, 'y2025', province.code, 'plan').int(40, 180)}/KH-UBND`;
  const { rows: [plan] } = await client.query<{ id: number }>(
    `insert into plan (unit_id, number, title, issued_on, period_from, period_to, status, content_known, source_note, purposes, funding_source,
                       signer_capacity, recipients, archive)
     values ($1, $2, $3, '2025-08-20', 2025, 2030, 'IN_PROGRESS', true, $4, $5, 'Ngân sách nhà nước', 'Phó Chủ tịch', $6, 'VT, NC') returning id`,
    [province.id, number, `Kế hoạch thực hiện công tác hòa giải ở cơ sở trên địa bàn ${province.name} giai đoạn 2025–2030`,
      'Kế hoạch mẫu do bộ sinh dữ liệu trình diễn tạo ra sau khi sắp xếp đơn vị hành chính năm 2025; không phải văn bản thật.',
      ['Duy trì, củng cố hoạt động hòa giải ở cơ sở sau khi sắp xếp đơn vị hành chính hai cấp'],
      ['Sở Tư pháp', 'UBND các xã, phường']],
  );
  for (const task of TASKS) {
    const { rows: [row] } = await client.query<{ id: number }>(
      `insert into plan_task (plan_id, code, title, lead_text, schedule_kind) values ($1, $2, $3, 'Sở Tư pháp', 'YEARLY') returning id`,
      [plan.id, task.code, task.title]);
    for (const [index, target] of task.targets.entries()) {
      await client.query(
        `insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, applies, year)
         values ($1, $2, $3, $4, $5, $6, 'PERCENT', $7, $8)`,
        [plan.id, row.id, index + 1, target.indicator, target.comparator, target.value, target.applies, target.year]);
    }
    if (task.code === '3') {
      await client.query(
        `insert into task_criterion (plan_id, task_id, position, kind, text, parameters) values ($1, $2, 1, 'PILOT_SELECTION', $3, $4)`,
        [plan.id, row.id, 'Sở Tư pháp lựa chọn 03 xã, phường làm điểm, ưu tiên nơi chưa đạt tiêu chí hòa giải ở cơ sở hoặc có tỷ lệ hòa giải thành thấp',
          JSON.stringify(criterionParameters(TaskCriterionKind.PILOT_SELECTION, PILOT_CRITERION))]);
    }
  }
  await client.query(
    `insert into reporting_rule (plan_id, position, frequency, due_day, due_month, due_before, reporter_levels, reporters, receiving_label)
     values ($1, 1, 'YEARLY', 15, 11, true, '{COMMUNE}', 'Ủy ban nhân dân các xã, phường', 'Sở Tư pháp')`, [plan.id]);
  return plan.id;
}
