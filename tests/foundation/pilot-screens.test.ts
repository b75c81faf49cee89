import 'reflect-metadata';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { englishWithApp } from '../../admin/src/i18n/en';
import { vietnameseMessages } from '../../admin/src/i18n/vi';
import { candidateColumns } from '../../admin/src/pilots/CandidateTable';
import { chooseTitle } from '../../admin/src/pilots/PilotSelectionCreate';
import { chosenNames, taskName } from '../../admin/src/pilots/selections';
import type { PilotSelection } from '../../admin/src/pilots/types';
import { PilotPriority } from '../../server/src/modules/pilots/pilot-selection.type';

/**
 * The pilot screens speak of what the criterion chooses: communes, or a district's mediation teams
 * (the exemplary-team model). The team ranking showed raw message keys for its priorities, "Choose
 * 2 communes", and a commune's columns ("District", the access-to-law criterion, difficulties).
 */
describe('the pilot screens', () => {
  const english = polyglotI18nProvider(() => englishWithApp, 'en');
  const vietnamese = polyglotI18nProvider(() => vietnameseMessages, 'vi');

  it('name every priority the server ranks by, in both languages', () => {
    for (const priority of Object.values(PilotPriority)) {
      const key = `hoagiai.pilots.priority.${priority}`;
      for (const i18n of [english, vietnamese]) expect(i18n.translate(key), key).not.toBe(key);
    }
  });

  it('ask for communes or for mediation teams, by the number the criterion gives', () => {
    expect(chooseTitle({ count: 3, candidateLevel: 'COMMUNE' }, english.translate)).toBe('Choose 3 communes');
    expect(chooseTitle({ count: 2, candidateLevel: 'TEAM' }, english.translate)).toBe('Choose 2 mediation teams');
    expect(chooseTitle({ count: 1, candidateLevel: 'TEAM' }, english.translate)).toBe('Choose 1 mediation team');
    expect(chooseTitle({ count: 2, candidateLevel: 'TEAM' }, vietnamese.translate)).toBe('Chọn 2 tổ hòa giải');
    expect(chooseTitle({ count: 3, candidateLevel: 'COMMUNE' }, vietnamese.translate)).toBe('Chọn 3 xã');
    expect(chooseTitle({ count: null, candidateLevel: 'TEAM' }, vietnamese.translate)).toBe('Chọn các tổ hòa giải điểm');
  });

  it('show a team with its commune and its settlement rate, a commune with the unit above it and what communes are ranked on', () => {
    expect(candidateColumns('TEAM')).toEqual(['chosen', 'position', 'rank', 'team', 'teamCommune', 'rate']);
    expect(candidateColumns('COMMUNE')).toEqual(['chosen', 'position', 'rank', 'commune', 'parent', 'fails', 'rate', 'difficulty']);
    const header = (level: string) => candidateColumns(level).map((c) => vietnamese.translate(`hoagiai.pilots.column.${c}`));
    expect(header('TEAM')).toEqual(['Chọn', 'TT', 'Hạng', 'Tổ hòa giải', 'Xã, phường, thị trấn', 'Tỷ lệ hòa giải thành']);
    // Since 1 July 2025 a commune's higher unit is its province: the column does not say "Huyện".
    expect(header('COMMUNE')[4]).toBe('Đơn vị cấp trên');
  });

  it('name what a recorded selection chose: its communes, or its mediation teams with their communes', () => {
    const selection = (fields: Partial<PilotSelection>) => ({ id: 1, unitId: 9, planTaskId: 2, year: 2022, count: 2, rationale: '', chosenByName: '', chosenAt: '', version: 1, ...fields });
    const communes = selection({ candidateLevel: 'COMMUNE', chosenUnits: [{ id: 5, code: '31597', name: 'Xã Mỹ Tú', level: 'COMMUNE' }, { id: 6, code: '31600', name: 'Xã Mỹ Hương', level: 'COMMUNE' }] });
    expect(chosenNames(communes, (u) => u.name, ', ')).toBe('Xã Mỹ Tú, Xã Mỹ Hương');
    expect(chosenNames(communes, (u) => `${u.name} (${u.code})`, '; ')).toBe('Xã Mỹ Tú (31597); Xã Mỹ Hương (31600)');
    // A team-level selection names its teams, not the communes the API also lists for it.
    const teams = selection({
      candidateLevel: 'TEAM', chosenUnits: [{ id: 5, code: '31597', name: 'Xã Mỹ Tú', level: 'COMMUNE' }],
      chosenCandidates: [{ unitId: 5, teamId: 70, name: 'Tổ hòa giải ấp Mỹ Phước', parentName: 'Xã Mỹ Tú' }, { unitId: 5, teamId: 71, name: 'Tổ hòa giải ấp Mỹ Lợi', parentName: 'Xã Mỹ Tú' }],
    });
    expect(chosenNames(teams, (u) => u.name, ', ')).toBe('Tổ hòa giải ấp Mỹ Phước (Xã Mỹ Tú), Tổ hòa giải ấp Mỹ Lợi (Xã Mỹ Tú)');
    expect(chosenNames({ ...communes, chosenUnits: undefined }, (u) => u.name, ', ')).toBe('');
  });

  it('name a task by its plan\'s number, and without a dangling separator when the plan has none', () => {
    expect(taskName({ id: 1, code: '4', title: 'Thực hiện chỉ đạo điểm', plan: { id: 2, number: '21/KH-UBND' } })).toBe('21/KH-UBND · 4. Thực hiện chỉ đạo điểm');
    expect(taskName({ id: 1, code: '1', title: 'Chọn tổ hòa giải điểm', plan: { id: 3, number: null } })).toBe('1. Chọn tổ hòa giải điểm');
  });
});
