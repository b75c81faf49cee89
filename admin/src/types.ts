import type { Identifier, RaRecord } from 'react-admin';

// The records the console reads, as the GraphQL API returns them (react-admin grammar).

export const ROLES = ['SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const SUCCESSION_KINDS = ['FULL', 'PARTIAL'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

// thôn, ấp, khóm, tổ dân phố, bản, buôn, làng, phum, sóc
export const HAMLET_KINDS = ['THON', 'AP', 'KHOM', 'TO_DAN_PHO', 'BAN', 'BUON', 'LANG', 'PHUM', 'SOC', 'OTHER'] as const;
export type HamletKind = (typeof HAMLET_KINDS)[number];

export const AGENCY_KINDS = [
  'PEOPLES_COMMITTEE',
  'PEOPLES_COUNCIL',
  'PARTY_COMMITTEE',
  'JUSTICE',
  'FINANCE',
  'FATHERLAND_FRONT',
  'MASS_ORGANISATION',
  'COURT',
  'PROCURACY',
  'POLICE',
  'JURISTS_ASSOCIATION',
  'BAR_ASSOCIATION',
  'MEDIA',
  'OTHER',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** A unit as embedded in other records. */
export type UnitSummary = { id: Identifier; code: string; name: string; level?: UnitLevel; validFrom?: string };

export type SuccessionLink = { kind: SuccessionKind; unit: UnitSummary };

export type UnitName = { name: string; type: string; validFrom: string };

export type AdministrativeUnit = RaRecord & {
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  validFrom: string;
  validTo?: string | null;
  parentId?: Identifier | null;
  parent?: UnitSummary | null;
  successors?: SuccessionLink[];
  predecessors?: SuccessionLink[];
  unmapped?: boolean;
  names?: UnitName[];
};

export type Membership = RaRecord & {
  userId: Identifier;
  user?: { id: Identifier; email: string; fullName: string };
  role: Role;
  unitId?: Identifier | null;
  unit?: UnitSummary | null;
  version?: number;
};

export type User = RaRecord & {
  email: string;
  fullName: string;
  active: boolean;
  unitId?: Identifier | null;
  version: number;
  memberships?: Membership[];
};

/** What the login mutation and `me` return, kept in localStorage. */
export type SessionUser = {
  id: Identifier;
  email: string;
  fullName: string;
  active: boolean;
  memberships: Array<Pick<Membership, 'id' | 'role' | 'unitId' | 'unit'>>;
};

type TenantRecord = RaRecord & {
  unitId: Identifier;
  unit?: UnitSummary | null;
  name: string;
  version: number;
  createdAt?: string;
  updatedAt?: string;
};

export type Hamlet = TenantRecord & { kind: HamletKind };
export type Agency = TenantRecord & { kind: AgencyKind };

/** What a commune records about itself for mediation work (one profile per commune). */
export type CommuneProfile = RaRecord & {
  unitId: Identifier; unit?: UnitSummary | null; minorityArea: boolean; difficulties?: string | null; difficultyScore?: number | null; version: number;
};

/** A commune's yearly assessment against the access-to-law standard (Decision 25/2021/QĐ-TTg, then 27/2025/QĐ-TTg). */
export type AccessToLawAssessment = RaRecord & {
  unitId: Identifier; unit?: UnitSummary | null; year: number; metStandard: boolean; metMediationCriterion: boolean; note?: string | null; version: number;
};
