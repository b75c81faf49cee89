import type { CarryOverFields } from '../reform/carryOverActions';
import type { Identifier, RaRecord } from 'react-admin';
import type { AgencyKind, UnitSummary } from '../types';

// The plan records the console reads, as the GraphQL API returns them.

export const PLAN_STATUSES = ['DRAFT', 'ISSUED', 'IN_PROGRESS', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SCHEDULE_KINDS = ['YEARLY', 'ONCE', 'DATES'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export const AGENCY_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'SAME_LEVEL', 'EVERY_LEVEL'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const COMPARATORS = ['GT', 'GTE', 'EQ', 'LTE'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const INDICATORS = [
  'TEAMS_CONSOLIDATED_SHARE', 'SETTLEMENT_RATE', 'SECRETARY_LED_SHARE', 'MEDIATORS_TRAINED_SHARE', 'NEW_MEDIATORS_TRAINED_SHARE',
  'TRAINERS_PER_TEAMS', 'TRAINERS_TRAINED_SHARE', 'TEAMS_LEGAL_SUPPORT_SHARE',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export const CRITERION_KINDS = ['TRAINER_POOL', 'TRAINER_TRAINING', 'PILOT_SELECTION', 'MEDIATOR_WORKFORCE', 'MEDIATOR_TRAINING'] as const;

export type CascadeStatus = { drafted: number; issued: number; inProgress: number; closed: number; total: number };

export type LegalDocument = { id: Identifier; kind: string; numberSymbol: string | null; issuingBody: string; issuedOn: string | null; issuedYear: number | null; title: string; contentKnown: boolean };

export type AgencyAssignment = { role: 'LEAD' | 'COORDINATING' | 'RESPONSIBLE'; label: string; agencyKind: AgencyKind | null; agencyLevel: AgencyLevel | null; agency: { id: Identifier; name: string } | null };

export type Target = { id: Identifier; indicator: Indicator; comparator: Comparator; value: string; unit: 'PERCENT' | 'COUNT'; applies: 'EVERY_YEAR' | 'BY_YEAR' | 'FROM_TO'; year: number | null; fromYear?: number | null; toYear?: number | null; perQuantity: number | null;
  indicatorDetails?: { code: string; name: string; nameEn: string } | null };

export type PlanTask = RaRecord & {
  code: string; title: string; description: string | null; leadText: string | null; coordinatingText: string | null;
  scheduleKind: ScheduleKind | null; scheduleYear: number | null; scheduleNote: string | null;
  agencies: AgencyAssignment[]; targets: Target[]; criteria: { kind: string; text: string }[];
};

export type BudgetLine = RaRecord & {
  planId: Identifier; code: string; title: string; amount: string; parentId: Identifier | null;
  scheduleKind: ScheduleKind | null; scheduleYear: number | null; scheduleNote: string | null; version: number;
};

export type Plan = RaRecord & {
  number: string | null; title: string; issuedOn: string | null; issuingBody: string | null; periodFrom: number | null; periodTo: number | null;
  status: PlanStatus; writable?: boolean; contentKnown: boolean; sourceNote: string | null; preamble: string | null;
  purposes: string[]; requirements: string[]; objectives: string[]; recipients: string[];
  responsibilitiesPreamble: string | null; fundingSource: string | null;
  signerName: string | null; signerCapacity: string | null; signerOnBehalfOf: string | null; signerSignsFor?: string | null; archive?: string | null;
  unitId: Identifier; unit?: UnitSummary; parentId: Identifier | null; parent?: { id: Identifier; number: string | null; title: string } | null;
  version: number; budgetTotal?: string | null; cascadeStatus?: CascadeStatus;
  document?: LegalDocument & { implementsChain: LegalDocument[] };
  tasks?: PlanTask[];
  children?: { id: Identifier; number: string | null; status: PlanStatus; unit: UnitSummary }[];
  responsibilities?: { id: Identifier; position: number; text: string; isRequest: boolean; agencies: AgencyAssignment[] }[];
  reportingRules?: { id: Identifier; frequency: string; dueDay: number | null; dueMonth: number | null; dueBefore: boolean; reporters: string | null; receivingLabel: string | null; forwardedTo: string | null }[];
  amendments?: { id: Identifier; amendedAt: string; userName: string | null; subject: string | null; entity: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
} & Pick<CarryOverFields, 'carryOverUnits' | 'carriedOverFrom' | 'carriedOverBy'>;
