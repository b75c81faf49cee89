import { Create, SelectInput, SimpleForm, required, type RedirectionSideEffect } from 'react-admin';
import { roleChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { UserReferenceInput } from './UserReferenceInput';

/** Back to the user's page, where memberships are usually granted from. */
const toUser: RedirectionSideEffect = (_resource, _id, data) => (data?.userId ? `User/${data.userId}/show` : 'Membership');

export const MembershipCreate = () => (
  <Create redirect={toUser}>
    <SimpleForm>
      <UserReferenceInput validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <UnitReferenceInput source="unitId" />
    </SimpleForm>
  </Create>
);
