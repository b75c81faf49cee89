import { addDays, randomFor, type Random } from './prng';
import { casesOf, mediator, traitsOf, type Roster, type Traits } from './commune.model';
import type { CommuneData, UnitRow } from './synthetic.types';
import { LAST_DAY, LATER_YEARS, afterReform, lastDayOf, yearAfterReform, yearShare } from './timeline';

type Recordable = (team: number, day: string) => boolean;

const rosterOf = (data: CommuneData, team: number): Roster =>
  data.mediators.flatMap((m, i) => (m.team === team ? [{ m, i }] : []));

/**
 * A few mediators leave each year (never the leader) and most are replaced by a newly elected one
 * a few weeks later. After the reform only what the new commune can record happens: a team whose
 * hamlet is unassigned records nothing.
 */
function turnover(r: Random, t: Traits, data: CommuneData, team: number, year: number, recordable: Recordable): void {
  const leader = data.teams[team].leader;
  const active = rosterOf(data, team).filter(({ m }) => !m.leftOn && m.electedOn < `${year}-01-01`);
  for (const { m, i } of active) {
    if (!r.chance(0.05)) continue;
    const leftOn = r.date(`${year}-01-10`, lastDayOf(year));
    const replaced = r.chance(0.9);
    const electedOn = addDays(leftOn, r.int(20, 120));
    const successor = mediator(r, t, team, r.chance(t.womenRate) ? 'FEMALE' : 'MALE', r.chance(t.minorityRate), false);
    if (i === leader || !recordable(team, leftOn)) continue;
    m.leftOn = leftOn;
    if (replaced && electedOn <= LAST_DAY && recordable(team, electedOn)) {
      data.mediators.push({ ...successor, electedOn, decisionDate: addDays(electedOn, r.int(7, 30)), leftOn: null });
    }
  }
}

/** The team's yearly count of a commune that keeps its book on paper (recent cases still in progress). */
function paperCount(r: Random, t: Traits, team: number, year: number) {
  const received = r.poisson(t.casesPerTeam * yearShare(year));
  const inProgress = Array.from({ length: received }, () => r.chance(year === 2026 ? 0.08 : 0.02)).filter(Boolean).length;
  const settled = Array.from({ length: received - inProgress }, () => r.chance(t.settlementRate)).filter(Boolean).length;
  return { team, year, received, settled, notSettled: received - inProgress - settled, inProgress };
}

/**
 * 2023 to today: each year from streams of its own (the 2021–2022 data do not shift), turnover,
 * reviews, cases or paper counts, and the access-to-law assessment while the commune exists. A
 * record dated after the reform belongs to the hamlet's 2025 commune (written there after the
 * move); a year's review or count belongs to the unit at the year's end.
 */
export function continueCommune(seed: number, provinceCode: string, commune: UnitRow, data: CommuneData): void {
  const t = traitsOf(seed, provinceCode, commune);
  const assigned = (team: number) => data.hamlets[data.teams[team].hamlet].destination != null;
  const recordable: Recordable = (team, day) => !afterReform(day) || assigned(team);
  for (const year of LATER_YEARS) {
    const people = randomFor(seed, provinceCode, commune.code, 'turnover', year);
    const reviews = randomFor(seed, provinceCode, commune.code, 'reviews', year);
    const book = randomFor(seed, provinceCode, commune.code, 'cases', year);
    const yearRecorded = (team: number) => !yearAfterReform(year) || assigned(team);
    for (let team = 0; team < data.teams.length; team++) {
      turnover(people, t, data, team, year, recordable);
      const reviewed = reviews.chance(t.reviewRate);
      const compliantAfter = reviewed && reviews.chance(0.96);
      if (yearRecorded(team)) data.reviews.push({ team, year, reviewed, compliantAfter });
      if (t.onPaper) {
        const count = paperCount(book, t, team, year);
        if (yearRecorded(team)) data.yearlyCounts.push(count);
      } else {
        const hamlet = data.hamlets[data.teams[team].hamlet].name;
        const window = { from: `${year}-01-02`, to: lastDayOf(year), expected: t.casesPerTeam * yearShare(year) };
        data.cases.push(...casesOf(book, t, team, rosterOf(data, team), hamlet, window).filter((c) => recordable(team, c.receivedOn)));
      }
    }
    if (!yearAfterReform(year)) {
      const r = randomFor(seed, provinceCode, commune.code, 'assessment', year);
      const metMediationCriterion = r.chance(t.settlementRate < 0.72 ? 0.45 : t.settlementRate < 0.8 ? 0.8 : 0.93);
      data.assessments.push({ communeCode: commune.code, year, metMediationCriterion, metStandard: r.chance(metMediationCriterion ? 0.85 : 0.12) });
    }
  }
}
