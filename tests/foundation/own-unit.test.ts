import { describe, expect, it } from 'vitest';
import { ownUnitOf } from '../../admin/src/common/ownUnit';
import type { Permissions } from '../../admin/src/auth/permissions';

const member = (unitId: string, role = 'ADMIN') => ({ role, unitId }) as Permissions[number];

/** The unit the Indicators page opens on without one in its address. */
describe('a page of figures opens on', () => {
  it("the unit picked in the tenant switcher, whatever the caller's memberships", () => {
    expect(ownUnitOf([member('94'), member('95')] as Permissions, '944')).toBe('944');
  });

  it("the caller's own unit when it has one, even through two roles there", () => {
    expect(ownUnitOf([member('92')] as Permissions, null)).toBe('92');
    expect(ownUnitOf([member('31597', 'STAFF'), member('31597', 'ANALYST')] as Permissions, null)).toBe('31597');
  });

  it('nothing for a caller of several units or of none: it picks one', () => {
    expect(ownUnitOf([member('94', 'ANALYST'), member('95', 'ANALYST')] as Permissions, null)).toBeUndefined();
    expect(ownUnitOf([] as unknown as Permissions, null)).toBeUndefined();
    expect(ownUnitOf(undefined, null)).toBeUndefined();
    // The system administrator: one membership, of no unit.
    expect(ownUnitOf([{ role: 'SYSTEM_ADMIN', unitId: null }] as unknown as Permissions, null)).toBeUndefined();
  });
});
