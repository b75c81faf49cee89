import { AgencyKind } from '../agencies/agency.type';

/** The database enum agency_kind, as TypeORM needs it spelled out. */
export const AGENCY_KINDS = Object.values(AgencyKind);

/**
 * Default composition rules when a pool is created without one: the agencies Bạc Liêu's 2022 plan
 * (task 3) and Decision 315/QĐ-TTg expect in a pool. Bars exist at provincial level only.
 */
export const DEFAULT_REQUIRED_KINDS: Record<'PROVINCE' | 'DISTRICT', AgencyKind[]> = {
  PROVINCE: [AgencyKind.JUSTICE, AgencyKind.FATHERLAND_FRONT, AgencyKind.COURT, AgencyKind.PROCURACY, AgencyKind.POLICE, AgencyKind.BAR_ASSOCIATION],
  DISTRICT: [AgencyKind.JUSTICE, AgencyKind.FATHERLAND_FRONT, AgencyKind.COURT, AgencyKind.PROCURACY, AgencyKind.POLICE],
};

/** Decision 315/QĐ-TTg: at least one trainer per this many active teams under the unit. */
export const TEAMS_PER_TRAINER: Record<'PROVINCE' | 'DISTRICT', number> = { PROVINCE: 100, DISTRICT: 80 };
