import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The seeded plans are the source documents as data: every number and name below is read off
 * seeds/plans/sources/*.txt (copies of the signed Mỹ Tú plan and the Bạc Liêu summary).
 */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.myTuStaff);
});
afterAll(() => app?.close());

/** Finds a plan by its number, then reads it whole (one plan: the cost of its nested lists stays bounded). */
const planByNumber = async (number: string, selection: string, as = token) => {
  const found = await app.gql(`query ($q: String) { allPlans(filter: { q: $q }) { id number } }`, { q: number }, { token: as });
  expect(found.errors).toBeUndefined();
  const id = found.data!.allPlans.find((p: { number: string }) => p.number === number)?.id;
  expect(id, `plan ${number}`).toBeDefined();
  const result = await app.gql(`query ($id: ID!) { Plan(id: $id) { number ${selection} } }`, { id }, { token: as });
  expect(result.errors).toBeUndefined();
  return result.data!.Plan;
};

const AGENCY = `{ role label agencyKind agencyLevel agency { name } }`;

describe('the seeded Mỹ Tú plan 127/KH-UBND', () => {
  it('has its number, date, issuer, signer and status', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, `title issuedOn issuingBody status contentKnown unit { code name }
      signer { name signsFor capacity onBehalfOf } fundingSource`);
    expect(plan).toMatchObject({
      number: '127/KH-UBND',
      issuedOn: '2021-11-16',
      issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú',
      status: 'ISSUED',
      contentKnown: true,
      unit: { code: '944', name: 'Huyện Mỹ Tú' },
      signer: { name: 'Nguyễn Thanh Phong', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', onBehalfOf: 'TM. ỦY BAN NHÂN DÂN' },
      fundingSource: 'Kinh phí thực hiện các nhiệm vụ, hoạt động tại kế hoạch này được bố trí từ ngân sách nhà nước và dự toán trong kinh phí hoạt động hàng năm.',
    });
    expect(plan.title).toBe('Triển khai thực hiện Chỉ thị số 05-CT/TU ngày 23/9/2021 của Ban Thường vụ Tỉnh ủy, về tăng cường sự lãnh đạo của Đảng đối với công tác hòa giải ở cơ sở trên địa bàn huyện Mỹ Tú');
  });

  it('implements Sóc Trăng 156/KH-UBND (01/11/2021), which implements Directive 05-CT/TU (23/09/2021), known by reference only', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, `parent { number issuedOn status contentKnown unit { code } tasks { id } }
      document { kind numberSymbol issuedOn implementsChain { kind numberSymbol issuingBody issuedOn contentKnown issuingUnit { code } } }`);
    expect(plan.parent).toEqual({ number: '156/KH-UBND', issuedOn: '2021-11-01', status: 'ISSUED', contentKnown: false, unit: { code: '94' }, tasks: [] });
    expect(plan.document).toMatchObject({ kind: 'PLAN', numberSymbol: '127/KH-UBND', issuedOn: '2021-11-16' });
    expect(plan.document.implementsChain).toEqual([
      { kind: 'PLAN', numberSymbol: '156/KH-UBND', issuingBody: 'Ủy ban nhân dân tỉnh Sóc Trăng', issuedOn: '2021-11-01', contentKnown: false, issuingUnit: { code: '94' } },
      { kind: 'DIRECTIVE', numberSymbol: '05-CT/TU', issuingBody: 'Ban Thường vụ Tỉnh ủy Sóc Trăng', issuedOn: '2021-09-23', contentKnown: false, issuingUnit: { code: '94' } },
    ]);
  });

  it('lists its four purposes in order', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, 'purposes');
    expect(plan.purposes).toHaveLength(4);
    expect(plan.purposes[0]).toMatch(/^Tham mưu cho cấp ủy đảng tăng cường sự lãnh đạo, chỉ đạo/);
    expect(plan.purposes[1]).toMatch(/^Triển khai đồng bộ các nhiệm vụ, giải pháp trong Chỉ thị số 05-CT\/TU/);
    expect(plan.purposes[2]).toMatch(/^Tăng cường sự phối hợp chặt chẽ giữa các cơ quan, đơn vị liên quan/);
    expect(plan.purposes[3]).toMatch(/^Nội dung và hoạt động đề ra phải bảo đảm tính khả thi, kế thừa, phát triển/);
  });

  it('has six tasks with their lead and coordinating agencies and timings', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, `tasks { code title leadText coordinatingText scheduleKind scheduleYear scheduleNote
      leadAgencies ${AGENCY} coordinatingAgencies ${AGENCY} }`);
    const tasks = plan.tasks as Record<string, any>[];
    expect(tasks.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(tasks.map((t) => t.scheduleKind)).toEqual(['YEARLY', 'YEARLY', 'YEARLY', 'YEARLY', 'YEARLY', 'YEARLY']);
    expect(tasks.map((t) => t.scheduleNote)).toEqual(['Hàng năm', 'Hàng năm', 'Hàng năm', 'Hàng năm', 'Hàng năm', 'Định kỳ hàng năm tổ chức kiểm tra, đánh giá công tác hòa giải']);
    expect(tasks[0].title).toMatch(/^Tuyên truyền phổ biến, quán triệt triển khai .* đến cán bộ, đảng viên, công chức, viên chức và Nhân dân nhằm nâng cao nhận thức/);
    expect(tasks[5].title).toBe('Kiểm tra, sơ kết, tổng kết, thi đua khen thưởng đánh giá kết quả hoạt động hòa giải ở cơ sở');

    const names = (agencies: Record<string, any>[]) => agencies.map((a) => a.agency?.name ?? `${a.agencyKind ?? '*'}@${a.agencyLevel}`);
    const phongTuPhap = 'Phòng Tư pháp huyện Mỹ Tú';
    const ubndXa = 'PEOPLES_COMMITTEE@COMMUNE';
    expect(tasks.map((t) => names(t.leadAgencies))).toEqual([
      [phongTuPhap, ubndXa], [phongTuPhap, ubndXa], [phongTuPhap], [phongTuPhap, ubndXa], [phongTuPhap, ubndXa], [phongTuPhap, ubndXa],
    ]);
    expect(tasks.map((t) => names(t.coordinatingAgencies))).toEqual([
      ['*@DISTRICT', ubndXa],
      ['FATHERLAND_FRONT@SAME_LEVEL', 'MASS_ORGANISATION@SAME_LEVEL'],
      [ubndXa],
      ['Tòa án nhân dân huyện Mỹ Tú', 'Chi hội Luật gia huyện Mỹ Tú', ubndXa],
      ['Phòng Tài chính huyện Mỹ Tú'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mỹ Tú', 'MASS_ORGANISATION@EVERY_LEVEL'],
    ]);
    expect(tasks.map((t) => [t.leadText, t.coordinatingText])).toEqual([
      ['Phòng Tư pháp, Ủy ban nhân dân cấp xã', 'Các cơ quan, ban, ngành huyện và UBND cấp xã'],
      ['Phòng Tư pháp, Ủy ban nhân dân cấp xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể cùng cấp'],
      ['Phòng Tư pháp', 'Ủy ban nhân dân cấp xã'],
      ['Phòng Tư pháp, Ủy ban nhân dân cấp xã', 'Tòa án nhân dân cấp huyện, Chi hội luật gia huyện, Ủy ban nhân dân cấp xã'],
      ['Phòng Tư pháp, Ủy ban nhân dân cấp xã', 'Phòng Tài chính'],
      ['Phòng Tư pháp, Ủy ban nhân dân cấp xã', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội các cấp'],
    ]);
  });

  it('sets the three targets of task 2: > 95% consolidated every year, ≥ 85% settled, = 100% secretary-led by 2025', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, 'tasks { code targets { indicator comparator value unit applies year } }');
    const byTask = Object.fromEntries(plan.tasks.map((t: { code: string; targets: unknown[] }) => [t.code, t.targets]));
    expect(byTask['2']).toEqual([
      { indicator: 'TEAMS_CONSOLIDATED_SHARE', comparator: 'GT', value: '95', unit: 'PERCENT', applies: 'EVERY_YEAR', year: null },
      { indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '85', unit: 'PERCENT', applies: 'EVERY_YEAR', year: null },
      { indicator: 'SECRETARY_LED_SHARE', comparator: 'EQ', value: '100', unit: 'PERCENT', applies: 'BY_YEAR', year: 2025 },
    ]);
    for (const code of ['1', '3', '4', '5', '6']) expect(byTask[code]).toEqual([]);
  });

  it('holds every budget line of the appendix, totalling 129 and 119 in a year without the final review', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, `budgetTotal total2024: budgetTotal(year: 2024) total2025: budgetTotal(year: 2025)
      budgetLines { code amount scheduleKind scheduleYear scheduleNote parent { code } children { code } }`);
    expect(plan.budgetLines).toEqual([
      { code: '1', amount: '46', scheduleKind: null, scheduleYear: null, scheduleNote: null, parent: null, children: [{ code: '1.1' }, { code: '1.2' }] },
      { code: '1.1', amount: '2', scheduleKind: 'YEARLY', scheduleYear: null, scheduleNote: 'Hàng năm', parent: { code: '1' }, children: [] },
      { code: '1.2', amount: '44', scheduleKind: 'YEARLY', scheduleYear: null, scheduleNote: 'Hàng năm', parent: { code: '1' }, children: [] },
      { code: '2', amount: '36', scheduleKind: 'YEARLY', scheduleYear: null, scheduleNote: 'Hàng năm', parent: null, children: [] },
      { code: '3', amount: '37', scheduleKind: 'YEARLY', scheduleYear: null, scheduleNote: 'Hàng năm', parent: null, children: [] },
      { code: '4', amount: '10', scheduleKind: 'ONCE', scheduleYear: 2025, scheduleNote: 'Năm 2025', parent: null, children: [] },
    ]);
    expect(plan.budgetTotal).toBe('129');
    expect(plan.total2024).toBe('119');
    expect(plan.total2025).toBe('129');
  });

  it('assigns the four responsibilities of section III.1', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, `responsibilitiesPreamble responsibilities { position text isRequest agencies ${AGENCY} }`);
    expect(plan.responsibilitiesPreamble).toMatch(/^Trên cơ sở Kế hoạch này, các ban, ngành huyện, UBND cấp xã/);
    const responsibilities = plan.responsibilities as Record<string, any>[];
    expect(responsibilities.map((r) => r.position)).toEqual([1, 2, 3, 4]);
    const openings = ['Phòng Tư pháp chủ trì, phối hợp', 'Phòng Tài chính phối hợp với Phòng Tư pháp', 'Ủy ban nhân dân cấp xã triển khai', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện'];
    responsibilities.forEach((r, index) => expect(r.text.startsWith(openings[index]), r.text).toBe(true));
    expect(responsibilities.map((r) => r.isRequest)).toEqual([false, false, false, true]);
    expect(responsibilities.map((r) => r.agencies.map((a: Record<string, any>) => a.agency?.name ?? a.label))).toEqual([
      ['Phòng Tư pháp huyện Mỹ Tú'],
      ['Phòng Tài chính huyện Mỹ Tú'],
      ['Ủy ban nhân dân cấp xã'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mỹ Tú', 'các tổ chức thành viên', 'Tòa án nhân dân huyện Mỹ Tú'],
    ]);
  });

  it('asks for a yearly report before 15 November to the justice office', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, 'reportingRules { frequency dueDay dueMonth dueBefore reporterLevels reporters forwardedTo receivingAgency { name } }');
    expect(plan.reportingRules).toEqual([{
      frequency: 'YEARLY', dueDay: 15, dueMonth: 11, dueBefore: true, reporterLevels: ['COMMUNE'],
      reporters: 'các cơ quan, đơn vị liên quan, Ủy ban nhân dân các xã, thị trấn',
      forwardedTo: 'Chủ tịch Ủy ban nhân dân huyện, Sở Tư pháp',
      receivingAgency: { name: 'Phòng Tư pháp huyện Mỹ Tú' },
    }]);
  });

  it('sends it to five recipients and files it ("Lưu: VT, NC")', async () => {
    const plan = await planByNumber(SOURCE_PLANS.myTu, 'recipients archive');
    expect(plan.recipients).toEqual(['Sở Tư Pháp', 'TT Huyện ủy', 'TT HĐND huyện', 'Cơ quan, ban, ngành huyện', 'UBND các xã, thị trấn']);
    expect(plan.archive).toBe('VT, NC');
  });
});

describe('the seeded Bạc Liêu plan 21/KH-UBND', () => {
  const bacLieu = () => app.login(DEMO.bacLieuAdmin);

  it('implements, for 2022, the 2019–2022 scheme approved by Decision 428/QĐ-TTg', async () => {
    const plan = await planByNumber(SOURCE_PLANS.bacLieu, `issuedOn periodFrom periodTo status parent { id }
      document { implementsChain { kind numberSymbol issuingBody issuedYear contentKnown issuingUnit { code } } }`, await bacLieu());
    expect(plan).toMatchObject({ issuedOn: '2022-02-24', periodFrom: 2022, periodTo: 2022, status: 'ISSUED', parent: null });
    expect(plan.document.implementsChain).toEqual([
      { kind: 'SCHEME', numberSymbol: null, issuingBody: 'Thủ tướng Chính phủ', issuedYear: 2019, contentKnown: false, issuingUnit: null },
      { kind: 'DECISION', numberSymbol: '428/QĐ-TTg', issuingBody: 'Thủ tướng Chính phủ', issuedYear: 2019, contentKnown: false, issuingUnit: null },
    ]);
  });

  it('has its ten task groups in order, with their content', async () => {
    const plan = await planByNumber(SOURCE_PLANS.bacLieu, 'purposes objectives tasks { code title description }', await bacLieu());
    const tasks = plan.tasks as { code: string; title: string; description: string | null }[];
    expect(tasks.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(tasks.map((t) => t.title.split(' ').slice(0, 5).join(' '))).toEqual([
      'Tăng cường công tác tuyên', 'Xây dựng Chương trình phối', 'Kiện toàn đội ngũ tập', 'Thực hiện chỉ đạo điểm',
      'Xây dựng đội ngũ hòa', 'Phát hành tài liệu bồi', 'Ứng dụng công nghệ thông', 'Thực hiện tổng kết, đánh',
      'Tổ chức kiểm tra, nắm', 'Tổ chức tổng kết thực',
    ]);
    expect(tasks[1].title).toContain('giữa Sở Tư pháp và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
    expect(tasks[2].description).toContain('rà soát, kiện toàn đội ngũ tập huấn viên cấp tỉnh, cấp huyện đảm bảo số lượng, thành phần');
    expect(tasks[3].description).toContain('lựa chọn 03 đơn vị cấp xã làm điểm chỉ đạo');
    expect(tasks[4].description).toContain('bổ sung, thay thế hòa giải viên đối với những tổ hòa giải còn thiếu hòa giải viên');
    expect(tasks[5].description).toContain('vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số');
    expect(tasks[6].description).toContain('Số hóa và đăng tải các tài liệu tập huấn');
    expect(tasks[6].description).toContain('Tiếp nhận, xử lý thông tin hai chiều');
    expect(tasks[8].title).toContain('đánh giá kết quả thực hiện Đề án năm 2022');
    expect(tasks[9].title).toContain('giai đoạn 2019-2022');
    expect(plan.purposes).toHaveLength(2);
    expect(plan.objectives).toHaveLength(2);
  });

  it('keeps the criteria of tasks 3, 4 and 5 as data for the workforce and pilot modules', async () => {
    const plan = await planByNumber(SOURCE_PLANS.bacLieu, `tasks { code criteria { kind parameters } leadAgencies ${AGENCY} coordinatingAgencies ${AGENCY} }`, await bacLieu());
    const byCode = Object.fromEntries(plan.tasks.map((t: Record<string, any>) => [t.code, t]));
    expect(byCode['3'].criteria.map((c: { kind: string }) => c.kind)).toEqual(['TRAINER_POOL', 'TRAINER_TRAINING']);
    expect(byCode['3'].criteria[0].parameters).toEqual({ levels: ['PROVINCE', 'DISTRICT'], actions: ['REVIEW', 'CONSOLIDATE'], ensure: ['NUMBER', 'COMPOSITION'] });
    expect(byCode['4'].criteria).toEqual([
      { kind: 'PILOT_SELECTION', parameters: {
        selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, together: { agencyKind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' },
        within: 'PLAN_UNIT', unitLevel: 'COMMUNE', count: 3, priorities: ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES'], priorityMode: 'ANY', conditional: true,
      } },
      { kind: 'PILOT_SELECTION', parameters: {
        selectedBy: { agencyKind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' }, within: 'EACH_DISTRICT', unitLevel: 'COMMUNE', count: null,
        priorities: ['FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'], priorityMode: 'ANY', conditional: true,
      } },
    ]);
    expect(byCode['5'].criteria.map((c: { kind: string }) => c.kind)).toEqual(['MEDIATOR_WORKFORCE', 'MEDIATOR_TRAINING']);
    expect(byCode['5'].criteria[0].parameters.when).toEqual(['TEAM_LACKS_MEDIATORS', 'MEDIATORS_UNDERPERFORM']);
    expect(byCode['4'].leadAgencies.map((a: Record<string, any>) => a.agency.name)).toEqual(['Sở Tư pháp tỉnh Bạc Liêu']);
    expect(byCode['4'].coordinatingAgencies).toEqual([{ role: 'COORDINATING', label: 'Ủy ban nhân dân cấp huyện', agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'DISTRICT', agency: null }]);
  });
});

describe('seeds/plans', () => {
  /** Every text of the seeds is the source's own words (list punctuation, capitals and the page break aside). */
  it('transcribes the source documents verbatim', () => {
    const dir = path.join(__dirname, '..', '..', 'seeds', 'plans');
    const flat = (text: string) => text.replace(/\*/g, '').replace(/Nhân\s*\n\s*\n\s*dân/g, 'Nhân dân').replace(/\s+/g, ' ');
    const structural = new Set(['note', 'key', 'unit', 'status', 'kind', 'level', 'indicator', 'comparator', 'applies', 'frequency', 'sourceNote', 'code',
      'parentPlan', 'implementsDocument', 'validFrom', 'agency', 'receivingAgency', 'reporterLevels', 'parameters', 'issuedOn', 'issuingBody', 'number', 'capacity', 'onBehalfOf', 'labelStyle', 'signsFor']);
    const texts = (value: unknown, field = ''): string[] => {
      if (structural.has(field)) return [];
      if (typeof value === 'string') return [value];
      if (Array.isArray(value)) return value.flatMap((item) => texts(item, field));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, key));
      return [];
    };
    for (const [seed, source] of [['my-tu-127-KH-UBND-2021.json', 'my-tu-plan-127-KH-UBND-2021.txt'], ['bac-lieu-21-KH-UBND-2022.json', 'bac-lieu-plan-21-KH-UBND-2022.txt']]) {
      const original = flat(readFileSync(path.join(dir, 'sources', source), 'utf8'));
      const missing = texts(JSON.parse(readFileSync(path.join(dir, seed), 'utf8')).plan)
        .map(flat)
        .filter((text) => !original.includes(text) && !original.includes(text[0].toLowerCase() + text.slice(1)));
      expect({ seed, missing }).toEqual({ seed, missing: [] });
    }
  });
});
