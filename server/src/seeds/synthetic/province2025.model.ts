import { DEFAULT_REQUIRED_KINDS, TEAMS_PER_TRAINER } from '../../modules/training/agency-kinds';
import { addDays, clamp, randomFor, type Random } from './prng';
import type { AssessmentRecord, EventRecord, PoolRecord, ProfileRecord, TrainerRecord, UnitRow } from './synthetic.types';
import { poolTrainers } from './training.model';
import { REFORM_DAY, YEARS_2025_ERA } from './timeline';

/**
 * A 2025 commune that holds moved teams, with what its teams bring from their old communes: how
 * many came from an area with many ethnic-minority residents, and the old communes' difficulties.
 */
export type Commune2025 = { id: number; code: string; name: string; teams: number; minorityTeams: number; difficulty: number | null; difficulties: string | null };
/** A mediator of the province today, in a content order (commune, election day, name). */
export type Mediator2025 = { electedOn: string | null; leftOn: string | null; trainedOn: string | null };
export type Province2025Input = { province: UnitRow; communes: Commune2025[]; mediators: Mediator2025[]; activeTeams: number };

export type Province2025Data = {
  profiles: ProfileRecord[]; assessments: AssessmentRecord[]; pools: PoolRecord[]; trainers: TrainerRecord[]; events: EventRecord[];
};

/**
 * The communes' own records under a 2025 province, from 1 July 2025 to today: their profile (from
 * the communes their teams came from), the access-to-law assessments of 2025 and 2026, and the
 * province's work now that there are no districts: one provincial trainer pool (the ratio of 100
 * teams per trainer, as data) and the courses it runs for trainers and for the communes' mediators.
 * A pure function of the seed and the province as the 2021-era generation and the moves left it.
 */
export function generateProvince2025(seed: number, input: Province2025Input): Province2025Data {
  const code = input.province.code;
  const profiles: ProfileRecord[] = input.communes.map((c) => ({
    communeCode: c.code, minorityArea: 2 * c.minorityTeams > c.teams, difficultyScore: c.difficulty ?? 3, difficulties: c.difficulties,
  }));
  const assessments = input.communes.flatMap((c) => YEARS_2025_ERA.map((year): AssessmentRecord => {
    const r = randomFor(seed, 'y2025', code, c.code, 'assessment', year);
    const metMediationCriterion = r.chance(clamp(0.95 - 0.05 * (c.difficulty ?? 3), 0.4, 0.95));
    return { communeCode: c.code, year, metMediationCriterion, metStandard: r.chance(metMediationCriterion ? 0.85 : 0.12) };
  }));
  const r = randomFor(seed, 'y2025', code, 'training');
  const kinds = [...DEFAULT_REQUIRED_KINDS.PROVINCE];
  const pools: PoolRecord[] = [{ unitCode: code, name: `Đội ngũ tập huấn viên ${input.province.name}`, periodFrom: REFORM_DAY, periodTo: null, requiredKinds: kinds }];
  const size = Math.max(3, Math.ceil(input.activeTeams / TEAMS_PER_TRAINER.PROVINCE) + r.int(-2, 1));
  const trainers = poolTrainers(r, 0, input.province, size, kinds, 0.25, 0.6);
  return { profiles, assessments, pools, trainers, events: courses(r, input, trainers.length) };
}

/** Each year: a course for the pool's trainers, and two or three for the communes' mediators. */
function courses(r: Random, input: Province2025Input, trainerCount: number): EventRecord[] {
  const province = input.province;
  const everyone = Array.from({ length: trainerCount }, (_, i) => i);
  const events: EventRecord[] = [];
  const trained = new Set<number>(input.mediators.flatMap((m, i) => (m.trainedOn ? [i] : [])));
  for (const year of YEARS_2025_ERA) {
    const trainerDay = year === 2025 ? r.date('2025-09-08', '2025-10-10') : r.date('2026-03-02', '2026-04-24');
    const teachers = r.shuffle(everyone).slice(0, 2).sort((a, b) => a - b);
    events.push({
      unitCode: province.code, title: `Tập huấn phương pháp, kỹ năng cho đội ngũ tập huấn viên năm ${year}`, startsOn: trainerDay, endsOn: addDays(trainerDay, 1),
      audience: 'TRAINERS', location: `Hội trường Sở Tư pháp ${province.name}`, cost: Math.round(r.uniform(40, 80) * 10) / 10, participants: null,
      teachers, mediators: [], trainers: everyone.filter((t) => !teachers.includes(t) && r.chance(0.7)),
    });
    const rounds = year === 2025 ? 2 : 3;
    const days = Array.from({ length: rounds }, () => (year === 2025 ? r.date('2025-10-13', '2025-11-28') : r.date('2026-04-06', '2026-10-30'))).sort();
    const yearCourses: EventRecord[] = days.map((day, round) => ({
      unitCode: province.code, title: `Tập huấn kỹ năng, nghiệp vụ hòa giải ở cơ sở năm ${year} (đợt ${round + 1})`, startsOn: day, endsOn: addDays(day, 1),
      audience: 'MEDIATORS', location: `Hội trường Sở Tư pháp ${province.name}`, cost: Math.round(r.uniform(25, 60) * 10) / 10, participants: null,
      teachers: r.shuffle(everyone).slice(0, r.int(2, 3)).sort((a, b) => a - b), mediators: [], trainers: [],
    }));
    input.mediators.forEach((m, index) => {
      if (trained.has(index)) return;
      const course = yearCourses[r.int(0, yearCourses.length - 1)];
      const present = m.electedOn != null && m.electedOn <= course.startsOn && (!m.leftOn || m.leftOn > course.startsOn);
      if (present && r.chance(m.electedOn! >= REFORM_DAY ? 0.8 : 0.25)) {
        course.mediators.push(index);
        trained.add(index);
      }
    });
    events.push(...yearCourses);
  }
  return events;
}
