import type { ReportingRule } from '../official-plan';
import { agencyAt, agencyListAt, levelsOf, type UnitContext } from './agencies';

/**
 * "Hàng năm, các cơ quan, đơn vị liên quan, Ủy ban nhân dân các xã, thị trấn báo cáo kết quả triển
 * khai thực hiện (trước ngày 15/11) về Phòng Tư pháp để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân
 * huyện, Sở Tư pháp theo quy định.": how often, who, by when, to whom, forwarded to whom.
 */
const FREQUENCIES: [RegExp, ReportingRule['frequency']][] = [
  [/^(dinh ky )?(6|sau) thang/, 'HALF_YEARLY'],
  [/^(dinh ky )?hang quy/, 'QUARTERLY'],
  [/^(dinh ky )?hang thang/, 'MONTHLY'],
  [/^(dinh ky )?hang nam|^moi nam/, 'YEARLY'],
];

export function reportingRuleOf(paragraphs: string[], folded: string[], unit: UnitContext): ReportingRule | null {
  const index = folded.findIndex((text) => /bao cao/.test(text) && FREQUENCIES.some(([pattern]) => pattern.test(text)));
  if (index < 0) return null;
  const text = paragraphs[index];
  const words = folded[index];
  const frequency = FREQUENCIES.find(([pattern]) => pattern.test(words))![1];
  const opening = /^[^,]+,\s*/.exec(text);
  const verb = words.indexOf(' bao cao ', opening ? opening[0].length : 0);
  const reporters = opening && verb > opening[0].length ? text.slice(opening[0].length, verb) : null;
  const due = /\b(truoc|cham nhat|truoc hoac trong) ngay (\d{1,2})\/(\d{1,2})/.exec(words);
  const toAt = words.indexOf(' ve ', due ? due.index : verb);
  const receiving = toAt >= 0 ? agencyAt(text, toAt + 4, unit)?.agency ?? null : null;
  const forward = /de tong hop,? bao cao (.+?)(?: theo quy dinh)?\.?$/d.exec(words);
  return {
    frequency,
    dueDay: due ? Number(due[2]) : null,
    dueMonth: due ? Number(due[3]) : null,
    dueBefore: due ? due[1] === 'truoc' : false,
    reporterLevels: reporters ? levelsOf(agencyListAt(reporters, 0, unit, true).agencies) : [],
    reporters,
    receiving,
    forwardedTo: forward?.indices?.[1] ? text.slice(forward.indices[1][0], forward.indices[1][1]) : null,
    note: paragraphs.join('\n\n'),
  };
}
