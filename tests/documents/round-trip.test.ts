import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficialPlan } from '../../server/src/modules/documents/official-plan';
import { planDocx, planPdf } from '../../server/src/modules/documents/plan-document';
import { readPlanText } from '../../server/src/modules/documents/reader/read-plan';
import { readPlanUpload, uploadText } from '../../server/src/modules/documents/upload';
import { firstOutOfOrder, paragraphs, parseXml, unzipDocx } from './docx-xml';
import { expectSamePlan } from './expectations';
import { bacLieuPlan, myTuPlan } from './seed-plans';

/**
 * The writer and the reader agree: the text of a generated DOCX, read back, gives the plan it was
 * written from, field by field; so does a plan issued by a decision (the decision, then the plan).
 */
const OUT = path.resolve(__dirname, '../../test-output/documents');

/** Mỹ Tú's plan as if issued by a decision of the district's people's committee (the attachment form). */
function myTuByDecision(): OfficialPlan {
  const plan = myTuPlan();
  const signer = { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thanh Phong' };
  return {
    ...plan,
    number: '1520/QĐ-UBND',
    issuedBy: {
      number: '1520/QĐ-UBND', issuedOn: '2021-11-16', placeOfIssue: 'Mỹ Tú',
      title: `Về việc ban hành Kế hoạch ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`,
      authority: 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ',
      grounds: [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
        'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013',
        'Căn cứ Kế hoạch số 156/KH-UBND ngày 01/11/2021 của Ủy ban nhân dân tỉnh Sóc Trăng',
      ],
      proposal: 'Theo đề nghị của Trưởng phòng Tư pháp huyện',
      articles: [
        `Ban hành kèm theo Quyết định này Kế hoạch ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}.`,
        'Quyết định này có hiệu lực kể từ ngày ký.',
        'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Tư pháp, Thủ trưởng các cơ quan, ban, ngành huyện và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này.',
      ],
      recipients: ['Như Điều 3', 'Sở Tư pháp', 'TT Huyện ủy'],
      archive: 'VT, NC',
      signer,
    },
    // The plan attached carries no recipients of its own: the decision's go out with it.
    recipients: [], archive: null,
  };
}

describe('round trip: the text of the generated DOCX, read back', () => {
  it('gives the seeded Mỹ Tú plan again, field by field', async () => {
    const plan = myTuPlan();
    const reading = readPlanUpload({ bytes: await planDocx(plan), fileName: '127-KH-UBND.docx' });
    expectSamePlan(reading.plan, plan);
    expect(reading.unplaced.map((item) => item.reason)).toEqual(['TARGET_WITHOUT_VALUE']); // "Duy trì và nhân rộng mô hình ...", as in the source
  });

  it('keeps sub-tasks numbered "4.1." and "a)", each with its own agencies and timing', async () => {
    const plan = myTuPlan();
    const sub = (code: string, labelStyle: 'ARABIC' | 'LETTER', title: string) => ({
      code, labelStyle, title, description: null, leadText: 'Phòng Tư pháp', coordinatingText: null,
      lead: [{ agency: 'Phòng Tư pháp huyện Mỹ Tú', label: 'Phòng Tư pháp' }], coordinating: [],
      timing: { kind: 'PART_OF_YEAR' as const, quarter: 2, year: 2022, note: 'Quý II năm 2022' }, targets: [], criteria: [],
    });
    plan.tasks.splice(4, 0, sub('4.1', 'ARABIC', 'Tập huấn cho hòa giải viên mới được bầu'), sub('4.2', 'LETTER', 'Tập huấn cho tổ trưởng tổ hòa giải'));
    const text = uploadText({ bytes: await planDocx(plan) });
    expect(text).toContain('4.1. Tập huấn cho hòa giải viên mới được bầu\n- Cơ quan chủ trì: Phòng Tư pháp.\n- Thời gian thực hiện: Quý II năm 2022.\nb) Tập huấn cho tổ trưởng');
    expectSamePlan(readPlanText(text).plan, plan);
  });

  it('gives the seeded Bạc Liêu plan again, its tasks numbered "Một là" ... "Mười là" as the summary does', async () => {
    const plan = bacLieuPlan();
    const text = uploadText({ bytes: await planDocx(plan) });
    expect(text).toContain('Bốn là, thực hiện chỉ đạo điểm công tác hòa giải ở cơ sở. Trong đó, tùy theo tình hình thực tế, giao Sở Tư pháp');
    const reading = readPlanText(text);
    expectSamePlan(reading.plan, plan);
    expect(reading.unplaced).toEqual([]);
  });
});

describe('a plan issued by a decision', () => {
  const plan = myTuByDecision();

  it('is written as the decision (grounds, articles, recipients, signer), then the plan "ban hành kèm theo" it', async () => {
    const docx = await planDocx(plan);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'my-tu-by-decision.docx'), docx);
    writeFileSync(path.join(OUT, 'my-tu-by-decision.pdf'), await planPdf(plan));
    const all = paragraphs(parseXml(unzipDocx(docx)['word/document.xml']));
    const text = all.map((paragraph) => paragraph.text).join('\n');
    expect(firstOutOfOrder(text, [
      'ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', 'Số: 1520/QĐ-UBND', 'Mỹ Tú, ngày 16 tháng 11 năm 2021', 'QUYẾT ĐỊNH', plan.issuedBy!.title, 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Theo đề nghị của Trưởng phòng Tư pháp huyện.', 'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện', 'Điều 3. Chánh Văn phòng', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, NC.',
      'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Thanh Phong',
      'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'KẾ HOẠCH', plan.title,
      '(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 16 tháng 11 năm 2021 của Ủy ban nhân dân huyện Mỹ Tú)',
      'I. MỤC ĐÍCH, YÊU CẦU', 'III. TỔ CHỨC THỰC HIỆN', 'TM. ỦY BAN NHÂN DÂN', 'PHỤ LỤC CHI TIẾT', 'Tổng cộng',
    ])).toBeNull();
    expect(all.find((paragraph) => paragraph.pageBreakBefore && !paragraph.text)).toBeDefined(); // the plan starts on a page of its own
    expect(text.match(/Số: /g)).toHaveLength(1); // the attached plan carries the decision's number, not one of its own
  });

  it('reads back as the same plan, the decision included', async () => {
    const reading = readPlanUpload({ bytes: await planDocx(plan) });
    expectSamePlan(reading.plan, plan);
    expect(reading.parts.filter((part) => part.path.startsWith('issuedBy')).map((part) => part.rule)).toEqual(expect.arrayContaining([
      'KIND_LINE', 'DECISION_AUTHORITY', 'GROUNDS_LINE', 'DECISION_PROPOSAL', 'DECISION_DECIDES', 'DECISION_ARTICLE', 'RECIPIENTS_LINE', 'SIGNER_LINE', 'ATTACHMENT_LINE',
    ]));
  });

  it('words the decision\'s two standard articles when the plan gives none', async () => {
    const text = uploadText({ bytes: await planDocx({ ...plan, issuedBy: { ...plan.issuedBy!, articles: [] } }) });
    expect(text).toContain(`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TU`);
    expect(text).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
  });
});
