import type { GraphQLResolveInfo } from 'graphql';
import { columnReads, columnsFor } from '../../core/graphql/selection';

/**
 * The passes the figures are made of (indicator.repository.ts). A request that asks for fewer
 * counts runs fewer passes: W5 (teams, consolidated, mediators, trained, settlement rate) needs
 * neither the teams' leaders nor the trainers (issue 11). A count whose pass is left out is 0, so
 * only a caller that knows which counts it reads (the indicators field, from its selection) asks
 * for fewer than all.
 * - teams: teams, teamsConsolidated, teamsWithReview (and the coverage of a successor's teams);
 * - leaders: secretaryLedTeams (counted in the teams' pass);
 * - mediators: mediators and mediatorsTrained;
 * - mediatorDetails: the other mediator counts (women, ethnic minority, newly elected and trained),
 *   counted in the mediators' pass: W5 reads two of the six, and the other four cost 0.8 ms of its
 *   17 ms statement (docs/performance.md, seventeenth round);
 * - cases: every case count; trainers: every trainer count.
 */
export type FigurePart = 'teams' | 'leaders' | 'mediators' | 'mediatorDetails' | 'cases' | 'trainers';
export const FIGURE_PARTS: readonly FigurePart[] = ['teams', 'leaders', 'mediators', 'mediatorDetails', 'cases', 'trainers'];

const LETTER: Record<FigurePart, string> = { teams: 't', leaders: 'l', mediators: 'm', mediatorDetails: 'd', cases: 'c', trainers: 'r' };
const PART_OF = new Map(FIGURE_PARTS.map((part) => [LETTER[part], part]));

/**
 * The key of a unit's figures of a year: every count, or with `parts` only the counts of those
 * passes. A key with fewer parts is another key, so figures loaded with fewer counts are never
 * answered where more are read.
 */
export const indicatorKey = (unitId: number, year: number, parts?: readonly FigurePart[]) =>
  (parts ? `${unitId}:${year}:${parts.map((part) => LETTER[part]).join('')}` : `${unitId}:${year}`);

/** The passes of a key's third segment (every pass without one). */
export const partsOfKey = (letters: string | undefined): readonly FigurePart[] =>
  (letters === undefined ? FIGURE_PARTS : [...letters].map((letter) => PART_OF.get(letter)!));

/** The passes each field of UnitIndicators reads; a field not named here (another module's) reads every pass. */
const INDICATOR_READS = columnReads<FigurePart>(FIGURE_PARTS, [], {
  unitId: [], year: [],
  teams: ['teams'], teamsConsolidated: ['teams'], teamsWithReview: ['teams'], consolidatedShare: ['teams'], coverage: ['teams'],
  secretaryLedTeams: ['teams', 'leaders'], secretaryLedShare: ['teams', 'leaders'],
  mediators: ['mediators'], mediatorsTrained: ['mediators'], mediatorsTrainedShare: ['mediators'],
  mediatorsWomen: ['mediators', 'mediatorDetails'], mediatorsEthnicMinority: ['mediators', 'mediatorDetails'],
  newMediators: ['mediators', 'mediatorDetails'], newMediatorsTrained: ['mediators', 'mediatorDetails'], newMediatorsTrainedShare: ['mediators', 'mediatorDetails'],
  casesReceived: ['cases'], casesSettled: ['cases'], casesNotSettled: ['cases'], casesInProgress: ['cases'], settlementRate: ['cases'],
  trainers: ['trainers'], trainersTrained: ['trainers'], trainersBelow: ['trainers'], trainersBelowTrained: ['trainers'],
});

/** The passes the selection of an indicators field reads; undefined when it reads them all. */
export function figurePartsFor(info: GraphQLResolveInfo): readonly FigurePart[] | undefined {
  const shape = columnsFor(INDICATOR_READS, info);
  return shape.properties.length === FIGURE_PARTS.length ? undefined : shape.properties;
}
