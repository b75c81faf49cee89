import { BooleanField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { UserMemberships } from './UserMemberships';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="email" />
      <TextField source="fullName" />
      <BooleanField source="active" />
      <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" emptyText="-" />
      <Labeled source="memberships" fullWidth>
        <UserMemberships />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
