import { describe, expect, it } from 'vitest';
import { agencyListAt, unitOf } from '../../server/src/modules/documents/reader/agencies';
import { citationAt } from '../../server/src/modules/documents/reader/citations';
import { criterionOf } from '../../server/src/modules/documents/reader/criteria';
import { targetClauses, targetOf, timingOf } from '../../server/src/modules/documents/reader/targets';
import { formatAmount, longDate, parseAmount } from '../../server/src/modules/documents/vietnamese';
import { sumAmounts } from '../../server/src/modules/plans/decimal.scalar';

/** The phrases of these plans and what the reader makes of them, one rule at a time. */

describe('timings', () => {
  it.each([
    ['Hàng năm', { kind: 'YEARLY' }],
    ['Định kỳ hàng năm tổ chức kiểm tra', { kind: 'YEARLY' }],
    ['Năm 2025', { kind: 'ONCE', year: 2025 }],
    ['Hàng năm, từ năm 2023', { kind: 'YEARLY_FROM', fromYear: 2023 }],
    ['Giai đoạn 2021 - 2025', { kind: 'SPAN', fromYear: 2021, toYear: 2025 }],
    ['Từ năm 2022 đến năm 2024', { kind: 'SPAN', fromYear: 2022, toYear: 2024 }],
    ['Trong quý I năm 2023', { kind: 'PART_OF_YEAR', quarter: 1, year: 2023 }],
    ['Trước ngày 30/6 hàng năm', { kind: 'PART_OF_YEAR', beforeDay: 30, beforeMonth: 6 }],
    ['Khi có yêu cầu', { kind: null }],
  ])('"%s" is read as %o, its words kept', (words, expected) => {
    expect(timingOf(words)).toEqual({ ...expected, note: words });
  });
});

describe('"Mục tiêu" clauses', () => {
  it.each([
    ['Phấn đấu hàng năm có trên 95% tổ hòa giải được củng cố, kiện toàn', { indicator: 'TEAMS_CONSOLIDATED_SHARE', comparator: 'GT', value: '95', applies: 'EVERY_YEAR' }],
    ['tỷ lệ hòa giải thành từ 85% trở lên', { indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '85', applies: 'EVERY_YEAR' }],
    ['Phấn đấu đến năm 2025 có 100% Bí thư chi bộ ấp được bầu làm Tổ trưởng tổ hòa giải', { indicator: 'SECRETARY_LED_SHARE', comparator: 'EQ', value: '100', applies: 'BY_YEAR', year: 2025 }],
    ['100% hòa giải viên mới được bầu được tập huấn, bồi dưỡng hàng năm', { indicator: 'NEW_MEDIATORS_TRAINED_SHARE', comparator: 'EQ', value: '100', applies: 'EVERY_YEAR' }],
    ['Giai đoạn 2024 - 2030, ít nhất 10% tổ hòa giải được hỗ trợ bởi luật gia, luật sư', { indicator: 'TEAMS_LEGAL_SUPPORT_SHARE', comparator: 'GTE', value: '10', applies: 'FROM_TO', fromYear: 2024, toYear: 2030 }],
    ['tỷ lệ vụ việc phải đưa ra Tòa án không quá 5%', { indicator: null, indicatorText: 'tỷ lệ vụ việc phải đưa ra Tòa án', comparator: 'LTE', value: '5' }],
    ['Hàng năm có trên 92,5% tổ hòa giải được củng cố, kiện toàn', { comparator: 'GT', value: '92.5', unit: 'PERCENT' }],
  ])('"%s"', (clause, expected) => {
    expect(targetOf(clause, null)).toMatchObject({ ...expected, note: clause });
  });

  it('has no target in a clause without a figure, and lends the timing of a clause to the next one joined by "và"', () => {
    expect(targetOf('Duy trì và nhân rộng mô hình Bí thư chi bộ áp đồng thời là Tổ trưởng tổ hòa giải', null)).toBeNull();
    const text = 'Mục tiêu: Phần đầu hàng năm có trên 95% tổ hòa giải được củng cố, kiện toàn và tỷ lệ hòa giải thành từ 85% trở lên; Duy trì mô hình.';
    const clauses = targetClauses(text, 'Mục tiêu: '.length);
    expect(clauses.map((clause) => text.slice(clause.from, clause.to))).toEqual([
      'Phần đầu hàng năm có trên 95% tổ hòa giải được củng cố, kiện toàn', 'tỷ lệ hòa giải thành từ 85% trở lên', 'Duy trì mô hình',
    ]);
    expect(targetOf(clauses[1].text, { applies: 'BY_YEAR', year: 2025 })).toMatchObject({ applies: 'BY_YEAR', year: 2025 });
  });
});

describe('agencies', () => {
  const district = unitOf('Ủy ban nhân dân huyện Mỹ Tú');
  const province = unitOf('Ủy ban nhân dân tỉnh Bạc Liêu');
  const list = (text: string, unit = district) => agencyListAt(text, 0, unit, true).agencies;

  it('takes the plan\'s unit from its issuing body', () => {
    expect(district).toEqual({ level: 'DISTRICT', name: 'huyện Mỹ Tú' });
    expect(province).toEqual({ level: 'PROVINCE', name: 'tỉnh Bạc Liêu' });
  });

  it('names a body of the plan\'s own unit, and keeps a kind and a level for the others', () => {
    expect(list('Phòng Tư pháp, Ủy ban nhân dân cấp xã')).toEqual([
      { agency: 'Phòng Tư pháp huyện Mỹ Tú', label: 'Phòng Tư pháp' },
      { kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', label: 'Ủy ban nhân dân cấp xã' },
    ]);
    expect(list('Sở Tư pháp', province)).toEqual([{ agency: 'Sở Tư pháp tỉnh Bạc Liêu', label: 'Sở Tư pháp' }]);
    expect(list('Sở Tư pháp')).toEqual([{ kind: 'JUSTICE', level: 'PROVINCE', label: 'Sở Tư pháp' }]);
    expect(list('Phòng Tư pháp huyện Kế Sách')).toEqual([{ agency: 'Phòng Tư pháp huyện Kế Sách', label: 'Phòng Tư pháp huyện Kế Sách' }]);
  });

  it('keeps a plural name with commas whole, and gives a level after two names joined by "và" to both', () => {
    expect(list('Các cơ quan, ban, ngành huyện và UBND cấp xã')).toEqual([
      { level: 'DISTRICT', label: 'Các cơ quan, ban, ngành huyện' },
      { kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', label: 'UBND cấp xã' },
    ]);
    expect(list('Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể cùng cấp')).toEqual([
      { kind: 'FATHERLAND_FRONT', level: 'SAME_LEVEL', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
      { kind: 'MASS_ORGANISATION', level: 'SAME_LEVEL', label: 'các đoàn thể cùng cấp' },
    ]);
  });

  it('keeps a name it does not know by its words, when a list line says it is an agency', () => {
    expect(agencyListAt('Phòng Văn hóa và Thông tin, Phòng Tư pháp', 0, district, true)).toMatchObject({
      agencies: [{ label: 'Phòng Văn hóa và Thông tin' }, { agency: 'Phòng Tư pháp huyện Mỹ Tú' }],
      unknown: ['Phòng Văn hóa và Thông tin'],
    });
    expect(list('Phòng Nội vụ và UBND cấp xã')).toEqual([{ label: 'Phòng Nội vụ' }, { kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', label: 'UBND cấp xã' }]);
  });
});

describe('citations', () => {
  it('reads kind, number, date, issuer and title, and what the cited document implements', () => {
    const text = 'Thực hiện Chỉ thị số 12/CT-UBND ngày 05 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Sóc Trăng, về tăng cường công tác hòa giải ở cơ sở.';
    expect(citationAt(text, 'Thực hiện '.length)?.reference).toEqual({
      kind: 'DIRECTIVE', numberSymbol: '12/CT-UBND', issuedOn: '2022-03-05', issuedYear: null, issuingBody: 'Ủy ban nhân dân tỉnh Sóc Trăng',
      title: 'Về tăng cường công tác hòa giải ở cơ sở', implements: null,
    });
  });

  it('reads a scheme by its quoted name', () => {
    expect(citationAt('Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019 - 2022” năm 2022', 0)?.reference).toMatchObject({
      kind: 'SCHEME', title: 'Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019 - 2022”', numberSymbol: null,
    });
  });
});

describe('task criteria', () => {
  it('reads a pilot selection: who selects with whom, how many, the priorities, whether it depends on circumstances', () => {
    expect(criterionOf('giao Phòng Tư pháp lựa chọn 02 xã làm điểm chỉ đạo, ưu tiên xã có tỷ lệ hòa giải thành thấp', unitOf('Ủy ban nhân dân huyện Long Phú'))).toEqual({
      kind: 'PILOT_SELECTION',
      text: 'giao Phòng Tư pháp lựa chọn 02 xã làm điểm chỉ đạo, ưu tiên xã có tỷ lệ hòa giải thành thấp',
      parameters: {
        selectedBy: { agencyKind: 'JUSTICE', level: 'DISTRICT' }, within: 'PLAN_UNIT', unitLevel: 'COMMUNE', count: 2,
        priorities: ['LOW_SETTLEMENT_RATE'], priorityMode: 'ANY', conditional: false,
      },
    });
  });

  it('reads nothing into a sentence that states no criterion', () => {
    expect(criterionOf('Thường xuyên tổ chức các lớp tập huấn, bồi dưỡng kiến thức pháp luật cho đội ngũ hòa giải', unitOf('Ủy ban nhân dân huyện Mỹ Tú'))).toBeNull();
  });
});

describe('Vietnamese numbers and dates', () => {
  it('reads and prints amounts with "." for thousands and "," for decimals, and sums them exactly', () => {
    expect([parseAmount('02'), parseAmount('1.500'), parseAmount('2,5'), parseAmount('12,50'), parseAmount('abc')]).toEqual(['2', '1500', '2.5', '12.5', null]);
    expect([formatAmount('1500'), formatAmount('2.5'), formatAmount('129')]).toEqual(['1.500', '2,5', '129']);
    expect(sumAmounts(['0.1', '0.2', '46'])).toBe('46.3');
  });

  it('writes dates as Decree 30 does: a leading 0 for days below 10 and for January and February', () => {
    expect([longDate('2022-02-04'), longDate('2021-11-16'), longDate('2023-03-09')]).toEqual([
      'ngày 04 tháng 02 năm 2022', 'ngày 16 tháng 11 năm 2021', 'ngày 09 tháng 3 năm 2023',
    ]);
  });
});
