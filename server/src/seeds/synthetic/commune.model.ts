import { CASE_CATEGORIES, DIFFICULTIES, MINORITY_ETHNICITIES, NATIONAL, minorityAreaShare, regionOf } from './demography';
import { hamletNames, personName, type Gender } from './names';
import { addDays, clamp, randomFor, type Random } from './prng';
import { destinationOf } from './reform.model';
import type { CaseRecord, CommuneData, MediatorRecord, SuccessorRef, UnitRow } from './synthetic.types';
import { FIRST_YEARS, LAST_DAY, RECENT_FROM } from './timeline';

/** A commune's character: drawn once, it shapes everything generated in it (variation between communes). */
export type Traits = {
  urban: boolean; south: boolean; minorityArea: boolean; minorityRate: number; womenRate: number; settlementRate: number;
  casesPerTeam: number; onPaper: boolean; reviewRate: number; hamletCount: number; ethnicities: readonly (readonly [string, number])[];
};

export function traitsOf(seed: number, provinceCode: string, commune: UnitRow): Traits {
  const r = randomFor(seed, provinceCode, commune.code, 'traits');
  const urban = commune.type === 'Phường' || commune.type === 'Thị trấn';
  const areaShare = minorityAreaShare(provinceCode, commune.parentCode ?? '');
  const minorityArea = r.chance(areaShare);
  return {
    urban,
    south: Number(provinceCode) >= 70,
    minorityArea,
    minorityRate: minorityArea ? r.uniform(0.35, 0.7) : r.uniform(0, areaShare > 0.1 ? 0.08 : 0.01),
    womenRate: r.uniform(0.27, 0.43),
    settlementRate: clamp(r.normal(NATIONAL.settlementRate - 0.005, 0.085), 0.45, 0.97),
    casesPerTeam: r.uniform(0.6, 3.2) * (urban ? 1.2 : 1),
    onPaper: r.chance(0.12),
    reviewRate: clamp(r.normal(0.955, 0.045), 0.7, 1),
    hamletCount: Math.round(clamp(r.normal(NATIONAL.teamsPerCommune, 2.2), urban ? 4 : 5, 14)),
    ethnicities: MINORITY_ETHNICITIES[regionOf(provinceCode)],
  };
}

function electedOn(r: Random): string {
  const when = r.weighted([['2021', 11], ['2022', 9], ['before', 80]] as const);
  return when === 'before' ? r.date('2014-03-01', '2020-12-31') : r.date(`${when}-01-15`, `${when}-10-31`);
}

export function mediator(r: Random, t: Traits, team: number, gender: Gender, minority: boolean, secretary: boolean): MediatorRecord {
  const ethnicity = minority ? r.weighted(t.ethnicities) : 'Kinh';
  const elected = electedOn(r);
  return {
    team, fullName: personName(r, gender, ethnicity), gender, birthYear: r.int(1952, 1996), ethnicity, ethnicMinority: minority,
    partyCellSecretary: secretary, electedOn: elected, voteShare: Math.round(r.uniform(55, 98) * 100) / 100,
    decisionNumber: `${r.int(1, 300)}/QĐ-UBND`, decisionDate: addDays(elected, r.int(7, 30)), leftOn: null,
  };
}

/** A team of ~6.3 mediators; most teams meet the law, a few do not (too small, no woman, no minority). */
function teamMembers(r: Random, t: Traits, team: number): { members: MediatorRecord[]; leader: number | null } {
  const size = r.chance(0.025) ? 2 : Math.round(clamp(r.normal(NATIONAL.mediatorsPerTeam, 1.5), 3, 11));
  const hasSecretary = r.chance(0.72);
  const members = Array.from({ length: size }, (_, k) => {
    const secretary = hasSecretary && k === 0;
    const gender: Gender = r.chance(secretary ? 0.18 : t.womenRate) ? 'FEMALE' : 'MALE';
    return mediator(r, t, team, gender, r.chance(t.minorityRate), secretary);
  });
  const replace = (index: number, gender: Gender, minority: boolean) => {
    members[index] = { ...mediator(r, t, team, gender, minority, members[index].partyCellSecretary), electedOn: members[index].electedOn };
  };
  if (!members.some((m) => m.gender === 'FEMALE') && r.chance(0.96)) replace(size - 1, 'FEMALE', members[size - 1].ethnicMinority);
  if (t.minorityArea && !members.some((m) => m.ethnicMinority) && r.chance(0.93)) replace(size > 1 ? size - 2 : 0, members[size > 1 ? size - 2 : 0].gender, true);
  const leader = hasSecretary && r.chance(0.62) ? 0 : r.chance(0.99) ? r.int(0, size - 1) : null;
  if (r.chance(0.06)) {
    const gone = mediator(r, t, team, r.chance(t.womenRate) ? 'FEMALE' : 'MALE', r.chance(t.minorityRate), false);
    members.push({ ...gone, electedOn: r.date('2014-03-01', '2020-06-30'), leftOn: r.date('2021-02-01', '2022-11-30') });
  }
  return { members, leader };
}

/** A team's mediators with their indices in the commune's list (later elections are appended, so not contiguous). */
export type Roster = { m: MediatorRecord; i: number }[];

/**
 * A team's cases of a year received between `from` and `to` (mean `expected`): the mediators
 * present on the day handle them; recent ones are often still in progress; nothing closes after
 * the generator's today.
 */
export function casesOf(r: Random, t: Traits, team: number, roster: Roster, hamletName: string, window: { from: string; to: string; expected: number }): CaseRecord[] {
  return Array.from({ length: r.poisson(window.expected) }, () => {
    const receivedOn = r.date(window.from, window.to);
    const inProgress = r.chance(receivedOn >= RECENT_FROM ? 0.5 : 0.02);
    const outcome = inProgress ? 'IN_PROGRESS' : r.chance(t.settlementRate) ? 'SETTLED' : 'NOT_SETTLED';
    const closedOn = inProgress ? null : [addDays(receivedOn, r.int(2, 40)), LAST_DAY].sort()[0];
    const present = roster.filter(({ m }) => m.electedOn <= receivedOn && (!m.leftOn || m.leftOn > receivedOn));
    const handling = r.shuffle(present).slice(0, r.int(1, Math.min(2, present.length))).map(({ i }) => i).sort((a, b) => a - b);
    const ethnicity = roster[0]?.m.ethnicity ?? 'Kinh';
    const parties = r.chance(0.6) ? `Ông ${personName(r, 'MALE', ethnicity)} và bà ${personName(r, 'FEMALE', ethnicity)}, ${hamletName}` : null;
    return { team, receivedOn, category: r.weighted(CASE_CATEGORIES), outcome, closedOn, mediators: handling, parties };
  });
}

/**
 * Everything of one commune, with indices local to the commune (team i is the team of hamlet i;
 * mediator indices count from the commune's first mediator).
 */
export function generateCommune(seed: number, provinceCode: string, commune: UnitRow, successors: SuccessorRef[]): CommuneData {
  const t = traitsOf(seed, provinceCode, commune);
  const people = randomFor(seed, provinceCode, commune.code, 'people');
  const book = randomFor(seed, provinceCode, commune.code, 'cases');
  const khmer = t.minorityArea && t.ethnicities[0][0] === 'Khmer';
  const data: CommuneData = {
    profile: {
      communeCode: commune.code, minorityArea: t.minorityArea,
      difficultyScore: Math.round(clamp((0.85 - t.settlementRate) * 20 + people.normal(3, 2) + (t.minorityArea ? 1.5 : 0), 0, 10)),
      difficulties: null,
    },
    assessments: [], hamlets: [], teams: [], mediators: [], reviews: [], cases: [], yearlyCounts: [],
  };
  if (data.profile.difficultyScore >= 4) data.profile.difficulties = people.shuffle(DIFFICULTIES).slice(0, data.profile.difficultyScore >= 7 ? 2 : 1).join('; ');
  for (const [index, hamlet] of hamletNames(people, t.hamletCount, t.south, t.urban, khmer).entries()) {
    data.hamlets.push({ communeCode: commune.code, name: hamlet.name, kind: hamlet.kind, destination: destinationOf(seed, provinceCode, commune.code, successors, index) });
    const first = data.mediators.length;
    const { members, leader } = teamMembers(people, t, index);
    data.mediators.push(...members);
    data.teams.push({ hamlet: index, name: `Tổ hòa giải ${hamlet.name}`, establishedOn: people.date('2014-03-01', '2015-06-30'), leader: leader == null ? null : first + leader });
    const roster: Roster = members.map((m, k) => ({ m, i: first + k }));
    for (const year of FIRST_YEARS) {
      const reviewed = people.chance(t.reviewRate);
      data.reviews.push({ team: index, year, reviewed, compliantAfter: reviewed && people.chance(0.96) });
      if (t.onPaper) {
        const received = book.poisson(t.casesPerTeam);
        const inProgress = Array.from({ length: received }, () => book.chance(0.02)).filter(Boolean).length;
        const settled = Array.from({ length: received - inProgress }, () => book.chance(t.settlementRate)).filter(Boolean).length;
        data.yearlyCounts.push({ team: index, year, received, settled, notSettled: received - inProgress - settled, inProgress });
      } else {
        data.cases.push(...casesOf(book, t, index, roster, hamlet.name, { from: `${year}-01-02`, to: `${year}-12-28`, expected: t.casesPerTeam }));
      }
    }
  }
  for (const year of FIRST_YEARS) {
    const metMediationCriterion = people.chance(t.settlementRate < 0.72 ? 0.45 : t.settlementRate < 0.8 ? 0.8 : 0.93);
    data.assessments.push({ communeCode: commune.code, year, metMediationCriterion, metStandard: people.chance(metMediationCriterion ? 0.85 : 0.12) });
  }
  return data;
}
