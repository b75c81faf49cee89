import { expect } from 'vitest';
import type { TestApp } from '../../support/harness';

/**
 * Enters the responsibilities, reporting rules and task criteria of the two source plans through
 * the public GraphQL API only (agencies are found with allAgencies, everything is written with
 * createResponsibility, createReportingRule and createTaskCriterion). The words are the source
 * documents' (../shared/source-documents), as a user would type them.
 */

type Agency = { agency: string; label: string } | { kind: string; level: string; label: string };
export type ResponsibilityEntry = { text: string; isRequest?: boolean; agencies: Agency[] };
export type ReportingRuleEntry = {
  frequency: string; dueDay: number; dueMonth: number; dueBefore: boolean; reporterLevels: string[]; reporters: string;
  receivingAgency: string; receivingLabel: string; forwardedTo: string; note: string;
};
export type CriterionEntry = { taskCode: string; kind: string; text: string; input: Record<string, unknown> };
export type PlanRows = { responsibilities: ResponsibilityEntry[]; reportingRules: ReportingRuleEntry[]; criteria: CriterionEntry[] };

/** Mỹ Tú 127/KH-UBND, section III: four responsibilities (the last a request), and the yearly report before 15/11. */
export const MY_TU_ROWS: PlanRows = {
  responsibilities: [
    {
      text: 'Phòng Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện kế hoạch này; Hướng dẫn, theo dõi, đôn đốc các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.',
      agencies: [{ agency: 'Phòng Tư pháp huyện Mỹ Tú', label: 'Phòng Tư pháp' }],
    },
    {
      text: 'Phòng Tài chính phối hợp với Phòng Tư pháp và các cơ quan có liên quan tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện kế hoạch này theo đúng quy định của Luật Ngân sách nhà nước theo phân cấp, phù hợp với khả năng cân đối của ngân sách địa phương và hướng dẫn thực hiện thanh toán, quyết định theo quy định hiện hành.',
      agencies: [{ agency: 'Phòng Tài chính huyện Mỹ Tú', label: 'Phòng Tài chính' }],
    },
    {
      text: 'Ủy ban nhân dân cấp xã triển khai thực hiện kế hoạch này; Thông tin, báo cáo tình hình, kết quả thực hiện các nhiệm vụ được giao; Kịp thời phản ánh và đề xuất giải pháp khắc phục khó khăn, vướng mắc trong quá trình thực hiện các nhiệm vụ.',
      agencies: [{ kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', label: 'Ủy ban nhân dân cấp xã' }],
    },
    {
      text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên, Tòa án nhân dân huyện trong phạm vi chức năng, nhiệm vụ của mình phối hợp thực hiện kế hoạch này.',
      agencies: [
        { agency: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mỹ Tú', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện' },
        { kind: 'MASS_ORGANISATION', level: 'DISTRICT', label: 'các tổ chức thành viên' },
        { agency: 'Tòa án nhân dân huyện Mỹ Tú', label: 'Tòa án nhân dân huyện' },
      ],
    },
  ],
  reportingRules: [{
    frequency: 'YEARLY', dueDay: 15, dueMonth: 11, dueBefore: true, reporterLevels: ['COMMUNE'],
    reporters: 'các cơ quan, đơn vị liên quan, Ủy ban nhân dân các xã, thị trấn', receivingAgency: 'Phòng Tư pháp huyện Mỹ Tú',
    receivingLabel: 'Phòng Tư pháp', forwardedTo: 'Chủ tịch Ủy ban nhân dân huyện, Sở Tư pháp',
    note: 'Hàng năm, các cơ quan, đơn vị liên quan, Ủy ban nhân dân các xã, thị trấn báo cáo kết quả triển khai thực hiện (trước ngày 15/11) về Phòng Tư pháp để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân huyện, Sở Tư pháp theo quy định.\n\nTrong quá trình tổ chức thực hiện kế hoạch này, nếu có khó khăn, vướng mắc phát sinh, các cơ quan báo cáo Ủy ban nhân dân huyện (qua Phòng Tư pháp) để tổng hợp, thống nhất giải pháp thực hiện./.',
  }],
  criteria: [],
};

/** Bạc Liêu 21/KH-UBND: the criteria of tasks 3 (trainer pools), 4 (two pilot selections) and 5 (mediator workforce). */
export const BAC_LIEU_ROWS: PlanRows = {
  responsibilities: [],
  reportingRules: [],
  criteria: [
    {
      taskCode: '3', kind: 'TRAINER_POOL', text: 'tiếp tục rà soát, kiện toàn đội ngũ tập huấn viên cấp tỉnh, cấp huyện đảm bảo số lượng, thành phần',
      input: { trainerPool: { levels: ['PROVINCE', 'DISTRICT'], actions: ['REVIEW', 'CONSOLIDATE'], ensure: ['NUMBER', 'COMPOSITION'] } },
    },
    {
      taskCode: '3', kind: 'TRAINER_TRAINING', text: 'Tổ chức tập huấn phương pháp, nghiệp vụ, kỹ năng hòa giải ở cơ sở cho đội ngũ tập huấn viên cấp tỉnh, cấp huyện',
      input: { trainerTraining: { levels: ['PROVINCE', 'DISTRICT'], topics: ['METHOD', 'PRACTICE', 'SKILLS'] } },
    },
    {
      taskCode: '4', kind: 'PILOT_SELECTION',
      text: 'tùy theo tình hình thực tế, giao Sở Tư pháp phối hợp với Ủy ban nhân dân cấp huyện lựa chọn 03 đơn vị cấp xã làm điểm chỉ đạo (ưu tiên địa bàn có tỷ lệ hòa giải thành thấp hoặc địa bàn có nhiều khó khăn vướng mắc trong triển khai thực hiện công tác Hòa giải ở cơ sở)',
      input: {
        pilotSelection: {
          selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, together: { agencyKind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' }, within: 'PLAN_UNIT',
          candidateLevel: 'COMMUNE', count: 3, priorities: ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES'], priorityMode: 'ANY', conditional: true,
        },
      },
    },
    {
      taskCode: '4', kind: 'PILOT_SELECTION',
      text: 'Ủy ban nhân dân cấp huyện căn cứ vào tình hình thực tế và đặc thù của địa phương, chủ động lựa chọn một số đơn vị cấp xã để thực hiện chỉ đạo điểm, ưu tiên tập trung lựa chọn các xã, phường, thị trấn chưa đạt tiêu chí về hòa giải ở cơ sở khi đánh giá xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật',
      input: {
        pilotSelection: {
          selectedBy: { agencyKind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' }, within: 'EACH_DISTRICT', candidateLevel: 'COMMUNE', count: null,
          priorities: ['FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'], priorityMode: 'ANY', conditional: true,
        },
      },
    },
    {
      taskCode: '5', kind: 'MEDIATOR_WORKFORCE',
      text: 'rà soát, đánh giá, tiến hành bổ sung, thay thế hòa giải viên đối với những tổ hòa giải còn thiếu hòa giải viên hoặc có hòa giải viên hoạt động nhưng hiệu quả chưa cao; bảo đảm các tổ hòa giải đủ số lượng, thành phần, tiêu chuẩn đáp ứng nhu cầu của công tác hòa giải ở cơ sở',
      input: { mediatorWorkforce: { actions: ['REVIEW', 'ASSESS', 'ADD', 'REPLACE'], when: ['TEAM_LACKS_MEDIATORS', 'MEDIATORS_UNDERPERFORM'], ensure: ['NUMBER', 'COMPOSITION', 'STANDARDS'] } },
    },
    {
      taskCode: '5', kind: 'MEDIATOR_TRAINING', text: 'Tổ chức tập huấn, bồi dưỡng nghiệp vụ, kỹ năng hòa giải cho hòa giải viên ở cơ sở',
      input: { mediatorTraining: { trainees: 'MEDIATORS', topics: ['PRACTICE', 'SKILLS'] } },
    },
  ],
};

/** The selection that reads a plan's responsibilities, reporting rules and criteria, for comparing two plans field by field. */
export const PLAN_ROWS_SELECTION = `
  responsibilities { position text isRequest agencies { role agencyId agencyKind agencyLevel label } }
  reportingRules { position frequency dueDay dueMonth dueBefore reporterLevels reporters receivingAgencyId receivingLabel forwardedTo note }
  tasks { code criteria { position kind text
    pilotSelection { selectedBy { agencyKind level } together { agencyKind level } within candidateLevel count priorities priorityMode conditional }
    trainerPool { levels actions ensure ratios { level trainers perTeams } composition }
    trainerTraining { levels topics }
    mediatorWorkforce { actions when ensure minMediatorsPerTeam minWomenPerTeam }
    mediatorTraining { trainees topics } } }`;

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;

function client(app: TestApp, token: string): Gql {
  return async (query, variables) => {
    const result = await app.gql(query, variables, { token });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
}

/** An agency's id by its exact name, through allAgencies. */
async function agencyIdOf(gql: Gql, name: string): Promise<string> {
  const { allAgencies } = await gql(`query ($q: String) { allAgencies(filter: { q: $q }, perPage: 50) { id name } }`, { q: name });
  const found = allAgencies.filter((a: { name: string }) => a.name === name);
  expect(found, `agency ${name}`).toHaveLength(1);
  return found[0].id;
}

/** Enters `rows` into the plan: responsibilities and rules in order, criteria on the tasks by code. */
export async function enterPlanRows(app: TestApp, token: string, planId: string, taskIds: Record<string, string>, rows: PlanRows): Promise<void> {
  const gql = client(app, token);
  for (const responsibility of rows.responsibilities) {
    const agencies = [];
    for (const agency of responsibility.agencies) {
      agencies.push('agency' in agency
        ? { agencyId: await agencyIdOf(gql, agency.agency), label: agency.label }
        : { agencyKind: agency.kind, agencyLevel: agency.level, label: agency.label });
    }
    await gql(`mutation ($planId: ID!, $text: String!, $agencies: [ResponsibleAgencyInput!]) {
      createResponsibility(planId: $planId, text: $text, agencies: $agencies) { id } }`, { planId, text: responsibility.text, agencies });
  }
  for (const rule of rows.reportingRules) {
    const { receivingAgency, ...fields } = rule;
    await gql(`mutation ($planId: ID!, $frequency: ReportFrequency!, $dueDay: Int, $dueMonth: Int, $dueBefore: Boolean, $reporterLevels: [UnitLevel!],
        $reporters: String, $receivingAgencyId: ID, $receivingLabel: String, $forwardedTo: String, $note: String) {
      createReportingRule(planId: $planId, frequency: $frequency, dueDay: $dueDay, dueMonth: $dueMonth, dueBefore: $dueBefore, reporterLevels: $reporterLevels,
        reporters: $reporters, receivingAgencyId: $receivingAgencyId, receivingLabel: $receivingLabel, forwardedTo: $forwardedTo, note: $note) { id } }`,
    { planId, ...fields, receivingAgencyId: await agencyIdOf(gql, receivingAgency) });
  }
  for (const criterion of rows.criteria) {
    await gql(`mutation ($taskId: ID!, $kind: TaskCriterionKind!, $text: String!, $pilotSelection: PilotSelectionInput, $trainerPool: TrainerPoolInput,
        $trainerTraining: TrainerTrainingInput, $mediatorWorkforce: MediatorWorkforceInput, $mediatorTraining: MediatorTrainingInput) {
      createTaskCriterion(taskId: $taskId, kind: $kind, text: $text, pilotSelection: $pilotSelection, trainerPool: $trainerPool,
        trainerTraining: $trainerTraining, mediatorWorkforce: $mediatorWorkforce, mediatorTraining: $mediatorTraining) { id } }`,
    { taskId: taskIds[criterion.taskCode], kind: criterion.kind, text: criterion.text, ...criterion.input });
  }
}
