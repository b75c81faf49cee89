import { DEFAULT_REQUIRED_KINDS, TEAMS_PER_TRAINER } from '../../modules/training/agency-kinds';
import { personName } from './names';
import { addDays, randomFor, type Random } from './prng';
import type { EventRecord, PoolRecord, ProvinceData, ProvinceTree, TrainerRecord, UnitRow } from './synthetic.types';
import { LAST_DAY_2021_ERA, YEARS_2021_ERA } from './timeline';

const POSITIONS: Record<string, string> = {
  JUSTICE: 'Chuyên viên tư pháp', FATHERLAND_FRONT: 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc', COURT: 'Thẩm phán Tòa án nhân dân',
  PROCURACY: 'Kiểm sát viên Viện kiểm sát nhân dân', POLICE: 'Cán bộ Công an', BAR_ASSOCIATION: 'Luật sư Đoàn Luật sư',
  JURISTS_ASSOCIATION: 'Hội viên Hội Luật gia', MASS_ORGANISATION: 'Cán bộ Hội Liên hiệp Phụ nữ',
};
const EXPERTISE = ['Pháp luật đất đai', 'Hôn nhân và gia đình', 'Pháp luật dân sự', 'Kỹ năng hòa giải', 'Phòng, chống bạo lực gia đình', 'Pháp luật về trật tự xã hội'] as const;
const EXTRA_KINDS = [['JUSTICE', 4], ['JURISTS_ASSOCIATION', 1], ['MASS_ORGANISATION', 1]] as const;

/** The pool's trainers: about the size the ratio asks (sometimes less) and, sometimes, one agency kind short. */
export function poolTrainers(r: Random, pool: number, unit: UnitRow, size: number, required: string[], dropChance: number, trainedShare: number): TrainerRecord[] {
  const kinds = r.shuffle(required);
  if (r.chance(dropChance)) kinds.pop();
  return Array.from({ length: size }, (_, k) => {
    const agencyKind = k < kinds.length ? kinds[k] : r.weighted(EXTRA_KINDS);
    const gender = r.chance(0.4) ? 'FEMALE' : 'MALE';
    return {
      pool, fullName: personName(r, gender, 'Kinh'), gender, agencyKind, position: `${POSITIONS[agencyKind] ?? 'Cán bộ'} (${unit.name})`,
      expertise: r.pick(EXPERTISE), trainedElsewhereOn: r.chance(trainedShare) ? r.date('2019-05-01', '2020-12-15') : null,
    };
  });
}

type MediatorPlace = { index: number; district: string; electedOn: string; leftOn: string | null };

/**
 * Trainer pools of the province and its districts (from 2019, the period of Decision 428, until
 * the units ended on 30 June 2025), a training of trainers each year, one for commune justice
 * officers, and the districts' courses for mediators, attended by most newly elected mediators
 * and a share of the others. 2025: the trainers' course of the spring only; the districts were gone
 * by the autumn courses (the 2025 provinces train from then on: province2025.model.ts).
 */
export function generateTraining(seed: number, tree: ProvinceTree, data: Pick<ProvinceData, 'hamlets' | 'mediators'>): Pick<ProvinceData, 'pools' | 'trainers' | 'events'> {
  const r = randomFor(seed, tree.province.code, 'training');
  const districtOf = new Map(tree.communes.map((c) => [c.code, c.parentCode ?? '']));
  const teamDistrict = data.hamlets.map((h) => districtOf.get(h.communeCode) ?? '');
  const teamsIn = (district: string) => teamDistrict.filter((d) => d === district).length;
  const pools: PoolRecord[] = [];
  const trainers: TrainerRecord[] = [];
  const poolOf = new Map<string, number[]>();
  const addPool = (unit: UnitRow, level: 'PROVINCE' | 'DISTRICT', teams: number) => {
    const required = Math.ceil(teams / TEAMS_PER_TRAINER[level]);
    const size = level === 'PROVINCE' ? Math.max(3, required + r.int(-3, 2)) : r.int(1, 6);
    const kinds = [...DEFAULT_REQUIRED_KINDS[level]];
    pools.push({ unitCode: unit.code, name: `Đội ngũ tập huấn viên ${unit.name}`, periodFrom: '2019-01-01', periodTo: LAST_DAY_2021_ERA, requiredKinds: kinds });
    const members = poolTrainers(r, pools.length - 1, unit, size, kinds, level === 'PROVINCE' ? 0.3 : 0.4, level === 'PROVINCE' ? 0.5 : 0.2);
    poolOf.set(unit.code, members.map((_, i) => trainers.length + i));
    trainers.push(...members);
  };
  addPool(tree.province, 'PROVINCE', data.hamlets.length);
  for (const district of tree.districts) addPool(district, 'DISTRICT', teamsIn(district.code));

  const provinceTrainers = poolOf.get(tree.province.code) ?? [];
  const districtTrainers = tree.districts.flatMap((d) => poolOf.get(d.code) ?? []);
  const places: MediatorPlace[] = data.mediators.map((m, index) => ({ index, district: teamDistrict[m.team], electedOn: m.electedOn, leftOn: m.leftOn }));
  const trained = new Set<number>();
  const events: EventRecord[] = [];
  for (const year of [...YEARS_2021_ERA, 2025]) {
    const startsOn = r.date(`${year}-04-01`, year === 2025 ? '2025-06-15' : `${year}-06-30`);
    const teachers = r.shuffle(provinceTrainers).slice(0, 2).sort((a, b) => a - b);
    events.push({
      unitCode: tree.province.code, title: `Tập huấn phương pháp, kỹ năng cho đội ngũ tập huấn viên năm ${year}`, startsOn, endsOn: addDays(startsOn, 1),
      audience: 'TRAINERS', location: `Hội trường Sở Tư pháp ${tree.province.name}`, cost: Math.round(r.uniform(30, 60) * 10) / 10, participants: null,
      teachers, mediators: [], trainers: [...districtTrainers.filter(() => r.chance(0.6)), ...provinceTrainers.filter((t) => !teachers.includes(t) && r.chance(0.5))].sort((a, b) => a - b),
    });
    if (year === 2022) {
      const day = r.date('2022-07-01', '2022-09-30');
      events.push({
        unitCode: tree.province.code, title: 'Bồi dưỡng nghiệp vụ hòa giải cho công chức tư pháp - hộ tịch cấp xã năm 2022', startsOn: day, endsOn: addDays(day, 1),
        audience: 'COMMUNE_JUSTICE_OFFICERS', location: `Hội trường Sở Tư pháp ${tree.province.name}`, cost: Math.round(r.uniform(20, 40) * 10) / 10,
        participants: tree.communes.length + r.int(0, 15), teachers: r.shuffle(provinceTrainers).slice(0, 2).sort((a, b) => a - b), mediators: [], trainers: [],
      });
    }
    if (year === 2025) continue;
    for (const district of tree.districts) events.push(...districtCourses(r, district, year, poolOf.get(district.code) ?? [], provinceTrainers, places, trained));
  }
  return { pools, trainers, events };
}

function districtCourses(r: Random, district: UnitRow, year: number, own: number[], provincial: number[], places: MediatorPlace[], trained: Set<number>): EventRecord[] {
  const count = year === 2022 && r.chance(0.3) ? 2 : 1;
  const coverage = r.uniform(0.2, 0.4);
  const courses: EventRecord[] = Array.from({ length: count }, () => {
    const startsOn = r.date(`${year}-08-15`, `${year}-11-20`);
    const teachers = [...r.shuffle(own).slice(0, r.int(1, 2)), ...(r.chance(0.3) || !own.length ? r.shuffle(provincial).slice(0, 1) : [])];
    return {
      unitCode: district.code, title: `Tập huấn kỹ năng, nghiệp vụ hòa giải ở cơ sở năm ${year} (${district.name})`, startsOn,
      endsOn: addDays(startsOn, r.int(0, 1)), audience: 'MEDIATORS', location: `Hội trường Ủy ban nhân dân ${district.name}`,
      cost: Math.round(r.uniform(10, 30) * 10) / 10, participants: null, teachers: [...new Set(teachers)].sort((a, b) => a - b), mediators: [], trainers: [],
    };
  });
  for (const place of places) {
    if (place.district !== district.code || trained.has(place.index)) continue;
    const course = courses[r.int(0, courses.length - 1)];
    const present = place.electedOn <= course.startsOn && (!place.leftOn || place.leftOn > course.startsOn);
    if (present && r.chance(place.electedOn.startsWith(String(year)) ? 0.85 : coverage)) {
      course.mediators.push(place.index);
      trained.add(place.index);
    }
  }
  return courses;
}
