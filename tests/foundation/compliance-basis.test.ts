import 'reflect-metadata';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { englishWithApp } from '../../admin/src/i18n/en';
import { vietnameseMessages } from '../../admin/src/i18n/vi';
import { complianceBasis } from '../../admin/src/teams/ComplianceBadge';
import { COMPLIANCE_CODES, type ComplianceReason } from '../../admin/src/teams/groundTypes';
import { toCompliance } from '../../server/src/modules/workforce/team-compliance';

/** The law a team's compliance reason cites (Law 35/2013, art. 12) in the console's language, the server's own words in Vietnamese. */
describe("a compliance reason's legal basis", () => {
  const english = polyglotI18nProvider(() => englishWithApp, 'en');
  const vietnamese = polyglotI18nProvider(() => vietnameseMessages, 'vi');
  const reasons = toCompliance({ team_id: 1, active_mediators: 2, women: 0, ethnic_minority: 0, minority_area: true, reasons: [...COMPLIANCE_CODES], compliant: false })
    .reasons as unknown as ComplianceReason[];

  it('says in Vietnamese what the server says, for every reason', () => {
    expect(reasons.map((r) => r.code)).toEqual([...COMPLIANCE_CODES]);
    for (const reason of reasons) expect(complianceBasis(reason, vietnamese.translate)).toBe(reason.legalBasis);
  });

  it('says it in English in the English console', () => {
    for (const reason of reasons) expect(complianceBasis(reason, english.translate)).toBe('Law on Grassroots Mediation 35/2013/QH13, Article 12');
  });

  it("keeps the server's words for a reason the console does not know, and says nothing without a basis", () => {
    const unknown = { code: 'NEW_RULE', message: 'x', legalBasis: 'Nghị định 15/2014/NĐ-CP' } as unknown as ComplianceReason;
    expect(complianceBasis(unknown, english.translate)).toBe('Nghị định 15/2014/NĐ-CP');
    expect(complianceBasis({ ...reasons[0], legalBasis: undefined }, english.translate)).toBeUndefined();
  });
});
