import 'reflect-metadata';
// The modules in their order first: the service alone meets a circular import (units ↔ tenant-query).
import '../../server/src/modules';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { englishWithApp } from '../../admin/src/i18n/en';
import { vietnameseMessages } from '../../admin/src/i18n/vi';
import { poolRule } from '../../admin/src/trainer-pools/ShortfallPanel';
import type { PoolShortfall, TrainerPool } from '../../admin/src/teams/groundTypes';
import { toShortfall } from '../../server/src/modules/training/trainer-pool.service';

/** A trainer pool's rule (Decision 315/QĐ-TTg) in the console's language, the server's own words in Vietnamese. */
describe("a trainer pool's rule", () => {
  const english = polyglotI18nProvider(() => englishWithApp, 'en');
  const vietnamese = polyglotI18nProvider(() => vietnameseMessages, 'vi');
  const shortfallOf = (level: 'PROVINCE' | 'DISTRICT', teamsPerTrainer: number) =>
    toShortfall({ poolId: 1, level, teamsPerTrainer, teams: 117, actual: 3, trained: 3, missingKinds: [] }) as unknown as PoolShortfall;
  const pool = (level: string | undefined) => ({ unit: level ? { id: 1, code: '94', name: 'Tỉnh Sóc Trăng', level } : undefined }) as Pick<TrainerPool, 'unit'>;

  it('says in Vietnamese what the server says, for a district and a provincial pool', () => {
    for (const [level, ratio] of [['DISTRICT', 80], ['PROVINCE', 100]] as const) {
      const shortfall = shortfallOf(level, ratio);
      expect(poolRule(pool(level), shortfall, vietnamese.translate)).toBe(shortfall.legalBasis);
    }
  });

  it('says it in English in the English console', () => {
    expect(poolRule(pool('DISTRICT'), shortfallOf('DISTRICT', 80), english.translate)).toBe('Decision 315/QĐ-TTg: at least 1 district trainer per 80 mediation teams');
    expect(poolRule(pool('PROVINCE'), shortfallOf('PROVINCE', 100), english.translate)).toBe('Decision 315/QĐ-TTg: at least 1 provincial trainer per 100 mediation teams');
  });

  it("shows the server's words when the pool's unit level is not known", () => {
    const shortfall = shortfallOf('DISTRICT', 80);
    expect(poolRule(pool(undefined), shortfall, english.translate)).toBe(shortfall.legalBasis);
  });
});
