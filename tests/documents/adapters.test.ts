import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, queryCost } from '../../server/src/core/graphql/limits';
import { officialPlan, PLAN_DOCUMENT_QUERY, type StoredPlan } from '../../server/src/modules/documents/adapters/plan-adapter';
import {
  officialReport, REPORT_DOCUMENT_QUERY, REPORT_PLAN_QUERY, type ReportPlanData, type StoredReport,
} from '../../server/src/modules/documents/adapters/report-adapter';
import { placeOfUnit, runningName } from '../../server/src/modules/documents/adapters/unit-words';
import { verdict } from '../../server/src/modules/documents/report-tables';

/**
 * The adapters between the API's answers and the documents, on answers made up for the cases the
 * seeded data does not have (tests/documents/downloads.test.ts maps the real ones).
 */
describe('the adapters\' GraphQL selections', () => {
  // When the API changes (issue 7's plan model), this says which selection to update before any download fails.
  it('are valid against the committed schema, within the server\'s token and cost limits', () => {
    const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
    for (const [query, variables] of [[PLAN_DOCUMENT_QUERY, { id: '1' }], [REPORT_DOCUMENT_QUERY, { id: '1' }], [REPORT_PLAN_QUERY, { planId: '1', unitId: '1', year: 2022 }]] as const) {
      const document = parse(query, { maxTokens: 2_000 });
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      expect(queryCost(schema, document, variables)).toBeLessThan(LIMITS.cost);
    }
  });
});

describe('unit names in documents', () => {
  it('writes the type in lower case in running text, and leaves it out of the place of issue', () => {
    expect(runningName({ name: 'Huyện Mỹ Tú', type: 'Huyện' })).toBe('huyện Mỹ Tú');
    expect(runningName({ name: 'Thành phố Cần Thơ', type: 'Thành phố Trung ương' })).toBe('thành phố Cần Thơ');
    expect(runningName({ name: 'Thị trấn Huỳnh Hữu Nghĩa', type: 'Thị trấn' })).toBe('thị trấn Huỳnh Hữu Nghĩa');
    expect(placeOfUnit({ name: 'Tỉnh Sóc Trăng', type: 'Tỉnh' })).toBe('Sóc Trăng');
    expect(placeOfUnit({ name: 'Xã Mỹ Tú', type: 'Xã' })).toBe('Mỹ Tú');
    // NFD input (a name typed on another keyboard) comes out composed.
    expect(placeOfUnit({ name: 'Xã Mỹ Tú'.normalize('NFD'), type: 'Xã' })).toBe('Mỹ Tú');
    expect(runningName({ name: 'Côn Đảo', type: 'Đặc khu' })).toBe('Côn Đảo');
  });
});

const plan = (changes: Partial<StoredPlan>): StoredPlan => ({
  id: '1', number: null, title: 'Kế hoạch thử', issuedOn: null, issuingBody: 'Ủy ban nhân dân xã Mỹ Tú', periodFrom: 2026, periodTo: 2026, placeOfIssue: null, preamble: null,
  purposes: [], requirements: [], objectives: [], responsibilitiesPreamble: null, fundingSource: null, recipients: [], archive: null, budgetTotal: null, signer: null,
  unit: { name: 'Xã Mỹ Tú', type: 'Xã' }, document: { kind: 'PLAN', implementsChain: [] }, issuedBy: null, targets: [],
  tasks: [], budgetLines: [], responsibilities: [], reportingRules: [],
  ...changes,
});

describe(officialPlan.name, () => {
  it('keeps the signer\'s lines apart as stored, splits a KT. line still inside a capacity, and keeps a plain capacity whole', () => {
    expect(officialPlan({ Plan: plan({ signer: { name: 'A', capacity: 'PHÓ CHỦ TỊCH', onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH' } }) })!.signer)
      .toEqual({ onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: 'A' });
    expect(officialPlan({ Plan: plan({ signer: { name: 'A', capacity: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: null } }) })!.signer)
      .toEqual({ onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: 'A' });
    expect(officialPlan({ Plan: plan({ signer: { name: null, capacity: 'CHỦ TỊCH', onBehalfOf: null, signsFor: null } }) })!.signer)
      .toEqual({ onBehalfOf: null, signsFor: null, capacity: 'CHỦ TỊCH', name: null });
    expect(officialPlan({ Plan: plan({ signer: { name: null, capacity: null, onBehalfOf: null, signsFor: null } }) })!.signer).toBeNull();
  });

  it('maps every timing kind, with words when none were stored', () => {
    const task = (schedule: Partial<StoredPlan['tasks'][number]>): StoredPlan['tasks'][number] => ({
      code: '1', labelStyle: 'LETTER', title: 'T', description: null, leadText: null, coordinatingText: null, scheduleKind: null, scheduleYear: null,
      scheduleNote: null, agencies: [], targets: [], criteria: [], ...schedule,
    });
    const mapped = officialPlan({
      Plan: plan({
        periodFrom: 2021, periodTo: 2025,
        tasks: [
          task({ scheduleKind: 'YEARLY_FROM', scheduleYear: 2022 }),
          task({ scheduleKind: 'SPAN', scheduleYear: 2021, scheduleYearTo: 2023, scheduleNote: 'Giai đoạn 2021 - 2023' }),
          task({ scheduleKind: 'PART_OF_YEAR', scheduleQuarter: 1 }),
          task({ scheduleKind: 'PART_OF_YEAR', scheduleBeforeDay: 30, scheduleBeforeMonth: 6, scheduleYear: 2024 }),
        ],
      }),
    })!;
    expect(mapped.tasks.map((t) => t.timing)).toEqual([
      { kind: 'YEARLY_FROM', fromYear: 2022, note: 'Hàng năm, từ năm 2022' },
      { kind: 'SPAN', fromYear: 2021, toYear: 2023, note: 'Giai đoạn 2021 - 2023' },
      { kind: 'PART_OF_YEAR', quarter: 1, note: 'Trong quý I hàng năm' },
      { kind: 'PART_OF_YEAR', beforeDay: 30, beforeMonth: 6, year: 2024, note: 'Trước ngày 30/06/2024' },
    ]);
    expect(mapped.tasks[0].labelStyle).toBe('LETTER');
    expect([mapped.periodFrom, mapped.periodTo]).toEqual([2021, 2025]);
  });

  it('prints a plan issued by a decision as the decision with the plan attached, the decision taking the recipients, archive and signer', () => {
    const signer = { name: 'A', capacity: 'CHỦ TỊCH', onBehalfOf: null, signsFor: null };
    const mapped = officialPlan({
      Plan: plan({
        number: '12/QĐ-UBND', issuedOn: '2026-03-02', placeOfIssue: 'Mỹ Tú', recipients: ['Như Điều 3'], archive: 'VT', signer,
        issuedBy: { kind: 'DECISION', numberSymbol: '12/QĐ-UBND', issuedOn: '2026-03-02', issuedYear: 2026, issuingBody: 'Ủy ban nhân dân xã Mỹ Tú', title: 'Về việc ban hành Kế hoạch thử' },
      }),
    })!;
    expect(mapped.issuedBy).toEqual({
      number: '12/QĐ-UBND', issuedOn: '2026-03-02', placeOfIssue: 'Mỹ Tú', title: 'Về việc ban hành Kế hoạch thử', authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MỸ TÚ',
      grounds: [], proposal: null, articles: [], recipients: ['Như Điều 3'], archive: 'VT', signer: { onBehalfOf: null, signsFor: null, capacity: 'CHỦ TỊCH', name: 'A' },
    });
  });

  it('names a target\'s indicator by the catalogue: a built-in by its wording, a province\'s own indicator by its own name; the plan\'s own targets apart', () => {
    const target = (indicator: string, name: string, builtin: boolean): StoredPlan['targets'][number] => ({
      indicator, comparator: 'GTE', value: '3', unit: 'COUNT', perQuantity: null, applies: 'FROM_TO', year: null, fromYear: 2022, toYear: 2024, note: null,
      indicatorDetails: { code: indicator, name, builtin },
    });
    const mapped = officialPlan({ Plan: plan({ periodFrom: 2021, periodTo: 2025, targets: [target('ST_CLUBS', 'Số câu lạc bộ pháp luật', false), target('SETTLEMENT_RATE', 'Tỷ lệ hòa giải thành', true)] }) })!;
    expect(mapped.targets).toEqual([
      { indicator: 'ST_CLUBS', indicatorText: 'số câu lạc bộ pháp luật', comparator: 'GTE', value: '3', unit: 'COUNT', applies: 'FROM_TO', fromYear: 2022, toYear: 2024, note: '' },
      { indicator: 'SETTLEMENT_RATE', indicatorText: 'tỷ lệ hòa giải thành', comparator: 'GTE', value: '3', unit: 'COUNT', applies: 'FROM_TO', fromYear: 2022, toYear: 2024, note: '' },
    ]);
  });

  it('keeps a task\'s dates when the document gave no words for them, and a ratio\'s base with its indicator', () => {
    const mapped = officialPlan({
      Plan: plan({
        tasks: [{
          code: '1', title: 'Tập huấn', description: null, leadText: null, coordinatingText: null, scheduleKind: 'DATES', scheduleYear: null,
          scheduleDates: ['2026-03-01', '2026-09-01'], scheduleNote: null, agencies: [],
          labelStyle: 'ARABIC',
          targets: [{
            indicator: 'TRAINERS_PER_TEAMS', comparator: 'GTE', value: '1', unit: 'COUNT', perQuantity: 80, applies: 'EVERY_YEAR', year: null, note: null,
            indicatorDetails: { code: 'TRAINERS_PER_TEAMS', name: 'Số tập huấn viên trên số tổ hòa giải', builtin: true },
          }],
          criteria: [],
        }],
      }),
    })!;
    expect(mapped.tasks[0].timing).toEqual({ kind: null, note: '2026-03-01, 2026-09-01' });
    expect(mapped.tasks[0].targets[0]).toMatchObject({ indicatorText: 'số tập huấn viên trên số tổ hòa giải (tính trên 80)', value: '1', note: '' });
    expect(mapped.placeOfIssue).toBe('Mỹ Tú');
    expect(mapped.budget).toBeNull();
  });

  it('answers null for a plan the caller cannot read', () => {
    expect(officialPlan({ Plan: null })).toBeNull();
  });
});

const report = (changes: Partial<StoredReport>): StoredReport => ({
  id: '7', unitId: '3', year: 2022, status: 'DRAFT', planId: '1', submittedAt: null, unit: { name: 'Huyện Mỹ Tú', type: 'Huyện' },
  figures: {
    teams: 84, teamsConsolidated: 81, secretaryLedTeams: 52, mediators: 512, mediatorsWomen: 139, mediatorsEthnicMinority: 96, mediatorsTrained: 447,
    newMediators: 38, newMediatorsTrained: 30, casesReceived: 231, casesSettled: 187, casesNotSettled: 31, casesInProgress: 13,
    corrected: ['casesReceived', 'taskProgress.12'],
  },
  taskProgress: [{ code: '1', title: 'Tuyên truyền', text: 'Tổ chức 4 lớp.' }],
  ...changes,
});
const measured: ReportPlanData = {
  Plan: {
    number: '127/KH-UBND', issuedOn: '2021-11-16', issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú', title: 'Triển khai',
    targets: [
      { indicator: 'ST_CLUBS', comparator: 'GTE', value: '3', unit: 'COUNT', applies: 'FROM_TO', year: null, fromYear: 2023, toYear: 2025, indicatorDetails: { name: 'Số câu lạc bộ pháp luật' },
        evaluation: { actual: null, met: null, due: false, status: 'NOT_DUE' } },
    ],
    tasks: [{
      code: '2', targets: [
        { indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '85', unit: 'PERCENT', applies: 'EVERY_YEAR', year: null, indicatorDetails: { name: 'Tỷ lệ hòa giải thành' },
          evaluation: { actual: 85.77981651376147, met: true, due: true, status: 'MET' } },
        { indicator: 'SECRETARY_LED_SHARE', comparator: 'EQ', value: '100', unit: 'PERCENT', applies: 'BY_YEAR', year: 2025, indicatorDetails: { name: 'Tỷ lệ tổ do Bí thư chi bộ làm Tổ trưởng' },
          evaluation: { actual: 61.9, met: false, due: false, status: 'NOT_DUE' } },
        { indicator: 'TEAMS_LEGAL_SUPPORT_SHARE', comparator: 'GTE', value: '10', unit: 'PERCENT', applies: 'EVERY_YEAR', year: null, indicatorDetails: null,
          evaluation: { actual: null, met: null, due: true, status: 'NO_DATA' } },
        { indicator: 'ST_REPORTED', comparator: 'GTE', value: '12', unit: 'COUNT', applies: 'EVERY_YEAR', year: null, indicatorDetails: { name: 'Số buổi sinh hoạt pháp luật' },
          evaluation: { actual: 14, met: true, due: true, status: 'MET' } },
      ],
    }],
  },
};

describe(officialReport.name, () => {
  it('compares each target as the evaluation says: met, due later, or no data (never "not met")', () => {
    const mapped = officialReport({ Report: report({}) }, measured)!;
    expect(mapped.targets).toEqual([
      { taskCode: null, indicator: 'Số câu lạc bộ pháp luật', comparator: 'GTE', value: '3', unit: 'COUNT', applies: 'FROM_TO', fromYear: 2023, toYear: 2025, actual: null, met: null, due: false, status: 'NOT_DUE' },
      { taskCode: '2', indicator: 'Tỷ lệ hòa giải thành', comparator: 'GTE', value: '85', unit: 'PERCENT', applies: 'EVERY_YEAR', actual: '85.8', met: true, due: true, status: 'MET' },
      { taskCode: '2', indicator: 'Tỷ lệ tổ do Bí thư chi bộ làm Tổ trưởng', comparator: 'EQ', value: '100', unit: 'PERCENT', applies: 'BY_YEAR', year: 2025, actual: '61.9', met: false, due: false, status: 'NOT_DUE' },
      { taskCode: '2', indicator: 'TEAMS_LEGAL_SUPPORT_SHARE', comparator: 'GTE', value: '10', unit: 'PERCENT', applies: 'EVERY_YEAR', actual: null, met: null, due: true, status: 'NO_DATA' },
      { taskCode: '2', indicator: 'Số buổi sinh hoạt pháp luật', comparator: 'GTE', value: '12', unit: 'COUNT', applies: 'EVERY_YEAR', actual: '14', met: true, due: true, status: 'MET' },
    ]);
    expect(mapped.targets.map(verdict)).toEqual(['Chưa đến hạn', 'Đạt', 'Chưa đến hạn', 'Chưa có số liệu', 'Đạt']);
    expect(verdict({ ...mapped.targets[1], status: 'NOT_APPLICABLE', met: null, actual: null })).toBe('Không áp dụng');
  });

  it('names the unit in running text, issues from its committee, marks only corrected figures, and dates a submitted report by its day in Vietnam', () => {
    const draft = officialReport({ Report: report({}) }, measured)!;
    expect(draft).toMatchObject({ unitName: 'huyện Mỹ Tú', issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú', placeOfIssue: 'Mỹ Tú', issuedOn: null, corrected: ['casesReceived'] });
    expect(draft.plan).toEqual({ number: '127/KH-UBND', issuedOn: '2021-11-16', issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú', title: 'Triển khai' });
    expect(draft.tasks).toEqual([{ code: '1', title: 'Tuyên truyền', progress: 'Tổ chức 4 lớp.' }]);
    expect(officialReport({ Report: report({ status: 'SUBMITTED', submittedAt: '2022-11-14T17:30:00.000Z' }) }, measured)!.issuedOn).toBe('2022-11-15');
  });

  it('prints a report without a plan (or a plan the caller cannot read) without tasks\' targets', () => {
    expect(officialReport({ Report: report({ planId: null }) }, null)).toMatchObject({ plan: null, targets: [] });
    expect(officialReport({ Report: report({}) }, { Plan: null })).toMatchObject({ plan: null, targets: [] });
    expect(officialReport({ Report: null }, null)).toBeNull();
  });
});
