import type { Identifier, RaRecord } from 'react-admin';
import type { AgencyKind, UnitSummary } from '../types';

// The work on the ground (teams, mediators, trainer pools, trainings, case book) as the API returns it.

export const TEAM_STATUSES = ['ACTIVE', 'DISSOLVED'] as const;
export const MEDIATOR_STATUSES = ['ACTIVE', 'LEFT'] as const;
export const GENDERS = ['FEMALE', 'MALE'] as const;
export const COMPLIANCE_CODES = ['NO_LEADER', 'FEWER_THAN_3_MEDIATORS', 'NO_WOMAN', 'NO_ETHNIC_MINORITY'] as const;
export const AUDIENCES = ['MEDIATORS', 'TRAINERS', 'COMMUNE_JUSTICE_OFFICERS'] as const;
export const CASE_CATEGORIES = ['LAND', 'MARRIAGE_FAMILY', 'CIVIL', 'NEIGHBOURHOOD', 'OTHER'] as const;
export const CASE_OUTCOMES = ['SETTLED', 'NOT_SETTLED', 'IN_PROGRESS'] as const;

type Named = { id: Identifier; name: string };
type Person = { id: Identifier; fullName: string };

export type ComplianceReason = { code: (typeof COMPLIANCE_CODES)[number]; message: string; legalBasis?: string };
export type TeamCompliance = {
  compliant: boolean; reasons: ComplianceReason[]; activeMediators: number; women: number; ethnicMinority?: number; minorityArea?: boolean;
};

export type Mediator = RaRecord & {
  teamId: Identifier; team?: Named | null; unitId: Identifier; unit?: UnitSummary | null; fullName: string; gender: (typeof GENDERS)[number];
  birthYear?: number | null; ethnicity?: string | null; ethnicMinority: boolean; partyCellSecretary: boolean; electedOn?: string | null;
  voteShare: number; recognitionDecisionNumber?: string | null; recognitionDecisionDate?: string | null; trained: boolean;
  trainedOn?: string | null; status: (typeof MEDIATOR_STATUSES)[number]; leftOn?: string | null; version: number; synthetic?: boolean;
};

/** Kiện toàn: a team's yearly consolidation review. The team's page reads only its first four fields. */
export type TeamReview = RaRecord & {
  year: number; reviewed: boolean; compliantAfter: boolean; teamId?: Identifier; team?: Named | null; unitId?: Identifier; unit?: UnitSummary | null;
  note?: string | null; version?: number;
};

export type MediationTeam = RaRecord & {
  unitId: Identifier; unit?: UnitSummary | null; hamletId: Identifier; hamlet?: Named | null; name: string;
  leaderMediatorId?: Identifier | null; leader?: Person | null; establishedOn?: string | null; status: (typeof TEAM_STATUSES)[number];
  dissolvedOn?: string | null; version: number; synthetic?: boolean; compliance?: TeamCompliance; mediators?: Mediator[]; reviews?: TeamReview[];
};

export type PoolShortfall = {
  teamsUnder: number; teamsPerTrainer: number; requiredTrainers: number; actualTrainers: number; trainedTrainers: number;
  missingTrainers: number; missingAgencyKinds: AgencyKind[]; meetsRequirement: boolean; legalBasis: string;
};

export type Trainer = RaRecord & {
  poolId: Identifier; pool?: Named | null; fullName: string; gender: (typeof GENDERS)[number]; agencyId?: Identifier | null;
  agency?: Named | null; agencyKind: AgencyKind; position?: string | null; expertise?: string | null; trainedElsewhereOn?: string | null;
  trained: boolean; trainedOn?: string | null; version: number;
};

export type TrainerPool = RaRecord & {
  unitId: Identifier; unit?: UnitSummary | null; name: string; periodFrom: string; periodTo?: string | null;
  requiredAgencyKinds: AgencyKind[]; note?: string | null; trainers?: Trainer[]; shortfall?: PoolShortfall; version: number;
};

export type TrainingEvent = RaRecord & {
  unitId: Identifier; unit?: UnitSummary | null; title: string; startsOn: string; endsOn: string; audience: (typeof AUDIENCES)[number];
  location?: string | null; cost: number; participants?: number | null; planTaskId?: Identifier | null; attendeeCount?: number;
  trainers?: Trainer[]; attendeeMediators?: Mediator[]; attendeeTrainers?: Trainer[]; version: number;
};

export type MediationCase = RaRecord & {
  teamId: Identifier; team?: Named | null; unitId: Identifier; unit?: UnitSummary | null; receivedOn: string;
  category: (typeof CASE_CATEGORIES)[number]; outcome: (typeof CASE_OUTCOMES)[number]; closedOn?: string | null;
  mediatorIds?: Identifier[]; mediators?: Person[]; parties?: string | null; summary?: string | null; version: number;
};

/** A team's cases of a year as counts (kept on paper before the case book moved to the platform). */
export type CaseYearlyCount = RaRecord & {
  teamId: Identifier; team?: Named | null; unitId: Identifier; unit?: UnitSummary | null; year: number;
  received: number; settled: number; notSettled: number; inProgress: number; note?: string | null; version: number;
};
