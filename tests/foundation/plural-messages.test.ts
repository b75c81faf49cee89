import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { englishWithApp } from '../../admin/src/i18n/en';
import { vietnameseMessages } from '../../admin/src/i18n/vi';

/** The console's counted words agree with their number in English; Vietnamese has one form. */
describe('counted messages', () => {
  const english = polyglotI18nProvider(() => englishWithApp, 'en');
  const vietnamese = polyglotI18nProvider(() => vietnameseMessages, 'vi');

  it("say a team's women in the singular for one (the teams list)", () => {
    const mediators = (women: number) => ({ active: 4, women, smart_count: women });
    expect(english.translate('hoagiai.ground.activeMediators', mediators(1))).toBe('4 active, 1 woman');
    expect(english.translate('hoagiai.ground.activeMediators', mediators(2))).toBe('4 active, 2 women');
    expect(english.translate('hoagiai.ground.activeMediators', mediators(0))).toBe('4 active, 0 women');
    expect(vietnamese.translate('hoagiai.ground.activeMediators', mediators(1))).toBe('4 đang làm, 1 nữ');
  });

  it("say a report's days late in the singular for one (the reports list)", () => {
    expect(english.translate('hoagiai.reports.daysLate', { days: 1, smart_count: 1 })).toBe('1 day late');
    expect(english.translate('hoagiai.reports.daysLate', { days: 12, smart_count: 12 })).toBe('12 days late');
    expect(vietnamese.translate('hoagiai.reports.daysLate', { days: 1, smart_count: 1 })).toBe('trễ 1 ngày');
  });
});
