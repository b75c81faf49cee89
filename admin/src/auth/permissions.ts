import type { Membership, Role, UnitLevel } from '../types';

/**
 * What the server says the caller may do in the scope of the working unit (GraphQL `capabilities`):
 * the console shows only these actions; the server still decides every request.
 */
export type Capabilities = {
  write: boolean;
  administer: boolean;
  systemAdmin: boolean;
  writableLevels: UnitLevel[];
  grantableRoles: Role[];
};

export const NO_CAPABILITIES: Capabilities = { write: false, administer: false, systemAdmin: false, writableLevels: [], grantableRoles: [] };

/**
 * react-admin's permissions: the signed-in user's memberships (an array, as the screens read it),
 * carrying the capabilities of the working unit.
 */
export type Permissions = Array<Pick<Membership, 'role' | 'unitId' | 'unit'>> & { capabilities?: Capabilities };

export const capabilitiesOf = (permissions: unknown): Capabilities =>
  (Array.isArray(permissions) ? (permissions as Permissions).capabilities : undefined) ?? NO_CAPABILITIES;

/** Whether to show the user-management screens: only where the server lets the caller administer. */
export const canManageUsers = (permissions: unknown): boolean => capabilitiesOf(permissions).administer;

type ResourceRule = (capabilities: Capabilities) => boolean;

const writesAt = (...levels: UnitLevel[]): ResourceRule => (c) => c.write && levels.some((level) => c.writableLevels.includes(level));
const writes: ResourceRule = (c) => c.write;

/**
 * Who may create (and edit) each resource: the levels whose units hold its rows. Resources not
 * listed follow `write`. The server refuses the rest (a commune holds no trainer pool).
 */
const CREATE_RULES: Record<string, ResourceRule> = {
  Hamlet: writesAt('COMMUNE'),
  MediationTeam: writesAt('COMMUNE'),
  Mediator: writesAt('COMMUNE'),
  MediationCase: writesAt('COMMUNE'),
  TeamReview: writesAt('COMMUNE'),
  CaseYearlyCount: writesAt('COMMUNE'),
  CommuneProfile: writesAt('COMMUNE'),
  AccessToLawAssessment: writesAt('COMMUNE'),
  TrainerPool: writesAt('PROVINCE', 'DISTRICT'),
  Trainer: writesAt('PROVINCE', 'DISTRICT'),
  PilotSelection: writesAt('PROVINCE', 'DISTRICT'),
  User: (c) => c.administer,
  Membership: (c) => c.administer && c.grantableRoles.length > 0,
  Indicator: (c) => c.administer,
};

export const mayCreate = (resource: string, capabilities: Capabilities): boolean => (CREATE_RULES[resource] ?? writes)(capabilities);
