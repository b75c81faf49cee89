import type { Membership, Role } from '../types';

/** react-admin's permissions are the signed-in user's memberships. */
export type Permissions = Array<Pick<Membership, 'role' | 'unitId' | 'unit'>>;

const ADMIN_ROLES: readonly Role[] = ['SYSTEM_ADMIN', 'PROVINCE_ADMIN'];

/**
 * Whether to show the user-management screens. This only shapes the menu: the server decides
 * what each caller may read and write.
 */
export const canManageUsers = (permissions: unknown): boolean =>
  Array.isArray(permissions) && (permissions as Permissions).some((m) => ADMIN_ROLES.includes(m.role));
