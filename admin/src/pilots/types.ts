import type { Identifier, RaRecord } from 'react-admin';
import type { UnitSummary } from '../types';

// The pilot-selection records the console reads, as the GraphQL API returns them.

export type PilotCandidate = {
  unitId: Identifier;
  /** A mediation team, in a team-level ranking (unitId is then its commune). */
  teamId?: Identifier | null;
  code: string;
  name: string;
  parentName: string | null;
  position: number;
  rank: number;
  tied: boolean;
  failsMediationCriterion: boolean | null;
  settlementRate: number | null;
  casesSettled: number;
  casesNotSettled: number;
  difficultyScore: number | null;
  chosen: boolean;
};

export type PilotCriterion = { id: Identifier; position: number; text: string; count: number | null; selectedByLevel: string };

export type PilotRanking = {
  planTaskId: Identifier; unitId: Identifier; year: number; count: number | null; priorities: string[]; criteria: PilotCriterion[]; candidates: PilotCandidate[];
  /** COMMUNE or TEAM: what is chosen. */
  candidateLevel: string;
};

export type PilotTask = { id: Identifier; code: string; title: string; plan?: { id: Identifier; number: string | null; unit?: UnitSummary | null } | null };

export type PilotSelection = RaRecord & {
  unitId: Identifier;
  unit?: UnitSummary | null;
  planTaskId: Identifier;
  planTask?: PilotTask | null;
  year: number;
  count: number;
  rationale: string;
  priorities?: string[];
  criteria?: PilotCriterion[];
  candidates?: PilotCandidate[];
  /** COMMUNE or TEAM: what was chosen. */
  candidateLevel?: string;
  chosenUnits?: UnitSummary[];
  /** The chosen candidates of the snapshot: the communes, or the mediation teams with their commune. */
  chosenCandidates?: Pick<PilotCandidate, 'unitId' | 'teamId' | 'name' | 'parentName'>[];
  chosenByName: string;
  chosenAt: string;
  version: number;
};
