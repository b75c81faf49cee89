import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from '../units/unit.type';
import type { FigureCounts, ShareCounts } from './indicator.repository';
import type { RollUpCoverage } from './rollup.repository';

/** The figures of mediation work for a group of units and a year; see indicator.repository.ts for each definition. */
@ObjectType({ description: 'Counts at the end of a year for a unit\'s subtree (or a group of units), with the shares targets measure' })
export class MediationFigures {
  @Field(() => Int, { description: 'Mediation teams (tổ hòa giải) in force at the end of the year' })
  teams: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Teams consolidated (kiện toàn) in the year: reviewed and brought to compliance. null (no data, not 0) when no team\'s review of the year is recorded (teamsWithReview = 0)',
  })
  teamsConsolidated: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Teams whose review of the year is recorded, reviewed or not (team_review): without any, consolidatedShare is null (no data), not 0. null in a report\'s figures: a report states its own counts',
  })
  teamsWithReview: number | null;

  @Field(() => Int, { description: 'Teams led by the hamlet Party-cell secretary' })
  secretaryLedTeams: number;

  @Field(() => Int, { description: 'Mediators in office at the end of the year' })
  mediators: number;

  @Field(() => Int)
  mediatorsWomen: number;

  @Field(() => Int)
  mediatorsEthnicMinority: number;

  @Field(() => Int, { description: 'Mediators trained by the end of the year' })
  mediatorsTrained: number;

  @Field(() => Int, { description: 'Mediators elected in the year (and in office at its end)' })
  newMediators: number;

  @Field(() => Int, { description: 'Newly elected mediators trained by the end of the year' })
  newMediatorsTrained: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Cases received in the year: case book rows plus paper yearly counts. null (no data, not 0) when the year has no case record under the unit: no case book row received in it and no paper yearly count (a paper count of 0 cases is a record); the same for the three counts below',
  })
  casesReceived: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, settled (hòa giải thành) by the end of the year' })
  casesSettled: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, not settled (hòa giải không thành) by the end of the year' })
  casesNotSettled: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, still in progress at the end of the year' })
  casesInProgress: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent: settled / (settled + not settled); cases in progress are not counted. null without a concluded case' })
  settlementRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent: teamsConsolidated / teams. null without a team, or when no team\'s review of the year is recorded (teamsWithReview = 0)' })
  consolidatedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent: secretaryLedTeams / teams' })
  secretaryLedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent: mediatorsTrained / mediators' })
  mediatorsTrainedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent: newMediatorsTrained / newMediators' })
  newMediatorsTrainedShare: number | null;
}

@ObjectType({ description: 'How much of the history of today\'s unit its figures hold: the teams that now belong to it, against those of hamlets not yet assigned to a commune (issue 8)' })
export class IndicatorCoverage {
  @Field(() => Int, { description: 'Teams counted: those that now belong to the unit (in force at the end of the year)' })
  teamsCovered: number;

  @Field(() => Int, { description: 'Teams of unassigned hamlets whose every candidate commune lies under the unit: they will belong to it' })
  teamsPending: number;

  @Field(() => Int, { description: 'Teams of unassigned hamlets that may or may not come (some candidates under the unit, some not): not in the share' })
  teamsMaybe: number;

  @Field(() => Float, { nullable: true, description: 'Percent: teamsCovered / (teamsCovered + teamsPending); null without any team' })
  share: number | null;

  @Field({ description: 'Whether every team that will belong to the unit is counted (no pending and no maybe teams)' })
  complete: boolean;
}

@ObjectType({ description: 'A unit\'s figures for a year, rolled up over its whole subtree' })
export class UnitIndicators extends MediationFigures {
  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Trainers (tập huấn viên) of the unit\'s own pools in force in the year' })
  trainers: number;

  @Field(() => Int, { description: 'Of them, trained by the end of the year' })
  trainersTrained: number;

  @Field(() => Int, { description: 'Trainers of every pool of the subtree (the unit\'s own and those below it) in force in the year' })
  trainersBelow: number;

  @Field(() => Int, { description: 'Of them, trained by the end of the year (the trainers-trained share counts these)' })
  trainersBelowTrained: number;

  @Field(() => IndicatorCoverage, {
    nullable: true,
    description: 'For a unit that succeeded others at the 2025 reform, whose figures are those of the teams that now belong to it (any year, whatever unit the records were made under): the share of its teams counted. null for a unit of the 2021 tree (its records are its own)',
  })
  coverage: IndicatorCoverage | null;
}

@ObjectType({ description: 'Pilot communes against the other communes of the same subtree, for one year' })
export class IndicatorsComparison {
  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => [AdministrativeUnit], { description: 'The pilot communes counted (chosen in the selections the caller may read)' })
  pilotUnits: AdministrativeUnit[];

  @Field(() => MediationFigures, { description: 'The pilot communes pooled: every count summed, then the rates (the pooled rate)' })
  pilot: MediationFigures;

  @Field(() => MediationFigures, { description: 'The other communes pooled' })
  nonPilot: MediationFigures;

  @Field(() => MeanRates, { nullable: true, description: 'The mean of the pilot communes\' own rates, beside the pooled rate (each commune weighs the same)' })
  pilotMean: MeanRates | null;

  @Field(() => MeanRates, { nullable: true, description: 'The mean of the other communes\' own rates' })
  nonPilotMean: MeanRates | null;
}

@ObjectType({ description: 'The unweighted mean of the rates of a group\'s communes: each commune weighs the same, whatever its size; communes without a rate (no concluded case, no team) are left out of that rate\'s mean' })
export class MeanRates {
  @Field(() => Int, { description: 'Communes in the group' })
  units: number;

  @Field(() => Float, { nullable: true })
  settlementRate: number | null;

  @Field(() => Int, { description: 'Communes with a settlement rate (the mean\'s denominator)' })
  unitsWithSettlementRate: number;

  @Field(() => Float, { nullable: true })
  consolidatedShare: number | null;

  @Field(() => Float, { nullable: true })
  secretaryLedShare: number | null;

  @Field(() => Float, { nullable: true })
  mediatorsTrainedShare: number | null;

  @Field(() => Float, { nullable: true })
  newMediatorsTrainedShare: number | null;
}

const mean = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v != null);
  return present.length ? present.reduce((sum, v) => sum + v, 0) / present.length : null;
};

/** The mean of each rate over a group's units (their own figures, with shares). */
export function meanRatesOf(units: MediationFigures[]): MeanRates {
  return {
    units: units.length,
    settlementRate: mean(units.map((u) => u.settlementRate)),
    unitsWithSettlementRate: units.filter((u) => u.settlementRate != null).length,
    consolidatedShare: mean(units.map((u) => u.consolidatedShare)),
    secretaryLedShare: mean(units.map((u) => u.secretaryLedShare)),
    mediatorsTrainedShare: mean(units.map((u) => u.mediatorsTrainedShare)),
    newMediatorsTrainedShare: mean(units.map((u) => u.newMediatorsTrainedShare)),
  };
}

const percent = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

/**
 * The shares every figure set shows, from its counts (an explicit literal: it runs once per unit of
 * a page). A year without any case record has no case figures (null), and one without any
 * team review no consolidated count or share: not recorded is no data, not 0.
 */
export function withShares(c: ShareCounts): MediationFigures {
  const cases = c.caseRecords !== 0;
  const reviews = c.teamsWithReview !== 0;
  return {
    teams: c.teams, teamsConsolidated: reviews ? c.teamsConsolidated : null, teamsWithReview: c.teamsWithReview, secretaryLedTeams: c.secretaryLedTeams, mediators: c.mediators,
    mediatorsWomen: c.mediatorsWomen, mediatorsEthnicMinority: c.mediatorsEthnicMinority, mediatorsTrained: c.mediatorsTrained,
    newMediators: c.newMediators, newMediatorsTrained: c.newMediatorsTrained, casesReceived: cases ? c.casesReceived : null,
    casesSettled: cases ? c.casesSettled : null, casesNotSettled: cases ? c.casesNotSettled : null, casesInProgress: cases ? c.casesInProgress : null,
    settlementRate: percent(c.casesSettled, c.casesSettled + c.casesNotSettled),
    consolidatedShare: reviews ? percent(c.teamsConsolidated, c.teams) : null,
    secretaryLedShare: percent(c.secretaryLedTeams, c.teams),
    mediatorsTrainedShare: percent(c.mediatorsTrained, c.mediators),
    newMediatorsTrainedShare: percent(c.newMediatorsTrained, c.newMediators),
  };
}

/** A unit's indicators of a year: the figures with their shares, and the unit's own trainers. */
export function coverageOf(c: RollUpCoverage | null): IndicatorCoverage | null {
  if (!c) return null;
  return {
    teamsCovered: c.teamsCovered, teamsPending: c.teamsPending, teamsMaybe: c.teamsMaybe,
    share: percent(c.teamsCovered, c.teamsCovered + c.teamsPending), complete: c.teamsPending === 0 && c.teamsMaybe === 0,
  };
}

export function unitIndicatorsOf(c: FigureCounts, unitId: number, year: number, coverage: RollUpCoverage | null = null): UnitIndicators {
  const figures = withShares(c) as UnitIndicators;
  figures.unitId = unitId;
  figures.year = year;
  figures.trainers = c.trainers;
  figures.trainersTrained = c.trainersTrained;
  figures.trainersBelow = c.trainersBelow;
  figures.trainersBelowTrained = c.trainersBelowTrained;
  figures.coverage = coverageOf(coverage);
  return figures;
}
