import { Create, FormDataConsumer, SelectInput, SimpleForm, required, usePermissions, type RedirectionSideEffect } from 'react-admin';
import { capabilitiesOf } from '../auth/permissions';
import { roleChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import type { Role, UnitLevel } from '../types';
import { UserReferenceInput } from './UserReferenceInput';

/** Back to the user's page, where memberships are usually granted from. */
const toUser: RedirectionSideEffect = (_resource, _id, data) => (data?.userId ? `User/${data.userId}/show` : 'Membership');

/** The level a role's unit must have (the server refuses another); analysts may be granted any unit. */
const LEVEL_OF_ROLE: Partial<Record<Role, UnitLevel>> = { PROVINCE_ADMIN: 'PROVINCE', DISTRICT_STAFF: 'DISTRICT', COMMUNE_STAFF: 'COMMUNE' };

/**
 * Grants a role: only the roles the server lets this administrator grant are offered, and the unit
 * picker offers units of the role's level inside the administrator's own units. The system
 * administrator role has no unit.
 */
export const MembershipCreate = () => {
  const { permissions } = usePermissions();
  const grantable = capabilitiesOf(permissions).grantableRoles;
  const choices = roleChoices.filter((choice) => grantable.includes(choice.id as Role));
  return (
    <Create redirect={toUser}>
      <SimpleForm>
        <UserReferenceInput validate={required()} />
        <SelectInput source="role" choices={choices} validate={required()} data-testid="membership-role" />
        <FormDataConsumer<{ role?: Role }>>
          {({ formData }) => (formData.role && formData.role !== 'SYSTEM_ADMIN'
            ? <UnitReferenceInput key={formData.role} source="unitId" level={LEVEL_OF_ROLE[formData.role]} writable validate={required()} />
            : null)}
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
