import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { englishWithApp } from '../../admin/src/i18n/en';
import { vietnameseMessages } from '../../admin/src/i18n/vi';
import { shortfallTitle } from '../../admin/src/trainer-pools/ShortfallPanel';
import type { PoolShortfall } from '../../admin/src/teams/groundTypes';

/** Each counted English message and the values it takes, all set to one. */
const COUNTED: Record<string, Record<string, unknown>> = {
  'hoagiai.ground.activeMediators': { active: 1, women: 1 },
  'hoagiai.reports.daysLate': { days: 1 },
  'hoagiai.ground.shortTrainers': { missing: 1 },
  'hoagiai.ground.figures': { required: 1, teams: 1, ratio: 1, actual: 1, trained: 1 },
  'hoagiai.ground.badgeHelp': { required: 1, teams: 1, ratio: 1, actual: 1 },
  'hoagiai.pilots.choose': { count: 1 },
  'hoagiai.pilots.chooseTeams': { count: 1 },
  'hoagiai.plans.cascade.done': { created: 1, existing: 1 },
  'hoagiai.indicators.coverageNote': { covered: 1, pending: 1, share: '1%', maybe: '' },
  'hoagiai.indicators.coverageMaybe': { maybe: 1 },
};

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

  it("say a pool's missing trainers, the pilots to choose and the teams that may come in the singular for one", () => {
    expect(english.translate('hoagiai.ground.shortTrainers', { missing: 1, smart_count: 1 })).toBe('1 trainer missing');
    expect(english.translate('hoagiai.ground.shortTrainers', { missing: 3, smart_count: 3 })).toBe('3 trainers missing');
    expect(vietnamese.translate('hoagiai.ground.shortTrainers', { missing: 1, smart_count: 1 })).toBe('Thiếu 1 tập huấn viên');
    expect(english.translate('hoagiai.pilots.choose', { count: 1, smart_count: 1 })).toBe('Choose 1 commune');
    expect(english.translate('hoagiai.pilots.choose', { count: 3, smart_count: 3 })).toBe('Choose 3 communes');
    expect(vietnamese.translate('hoagiai.pilots.choose', { count: 3, smart_count: 3 })).toBe('Chọn 3 xã');
    expect(english.translate('hoagiai.indicators.coverageMaybe', { maybe: '1', smart_count: 1 })).toBe(', and 1 team may or may not');
    expect(english.translate('hoagiai.indicators.coverageMaybe', { maybe: '1,204', smart_count: 1204 })).toBe(', and 1,204 teams may or may not');
  });

  it("title a trainer pool's shortfall as a sentence, in the singular for one trainer", () => {
    const pool = (missingTrainers: number, missingAgencyKinds: string[]) => ({
      teamsUnder: 117, teamsPerTrainer: 80, requiredTrainers: 2, actualTrainers: 2 - missingTrainers, trainedTrainers: 1, missingTrainers,
      missingAgencyKinds, meetsRequirement: missingTrainers === 0 && missingAgencyKinds.length === 0, legalBasis: '',
    }) as PoolShortfall;
    expect(shortfallTitle(pool(0, ['JUSTICE']), english.translate)).toBe('Agencies of the composition rule missing');
    expect(shortfallTitle(pool(0, ['JUSTICE']), vietnamese.translate)).toBe('Chưa đủ cơ quan theo cơ cấu thành phần');
    expect(shortfallTitle(pool(1, ['JUSTICE']), english.translate)).toBe('1 trainer missing; agencies of the composition rule missing');
    expect(shortfallTitle(pool(2, []), english.translate)).toBe('2 trainers missing');
    expect(shortfallTitle(pool(0, []), english.translate)).toBe('The pool meets Decision 315/QĐ-TTg and its composition rule.');
  });

  it('give the messages with two or more counts as label and number, right for one as for many', () => {
    const one = { created: 1, existing: 1 };
    expect(english.translate('hoagiai.plans.cascade.done', one)).toBe('Draft plans created: 1. Units that already had one: 1.');
    const pool = { required: 1, teams: 1, ratio: 80, actual: 1, trained: 1 };
    expect(english.translate('hoagiai.ground.figures', pool))
      .toBe('Trainers required: 1 (1 per 80 active teams; active teams under the unit: 1). In the pool: 1, trained: 1.');
    expect(english.translate('hoagiai.ground.badgeHelp', pool))
      .toBe('Trainers in the pool: 1. Decision 315/QĐ-TTg asks for 1 (1 per 80 active mediation teams; active teams under the unit: 1).');
    expect(english.translate('hoagiai.indicators.coverageNote', { covered: '1', pending: '2', share: '33%', maybe: '' }))
      .toBe('Mediation teams counted in the figures: 1. 2 more, of hamlets not yet assigned, will belong to this unit (33% counted).');
    // Every English message that counts something: none says "1 <plural>" for a one.
    for (const [key, values] of Object.entries(COUNTED)) {
      expect(english.translate(key, { ...values, smart_count: 1 }), key).not.toMatch(/\b1 (teams|trainers|communes|units|plans|days|women)\b/);
    }
  });
});
