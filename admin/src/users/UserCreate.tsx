import { Create, PasswordInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

/** Roles are granted afterwards, as memberships, from the user's page. */
export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="email" type="email" validate={[required(), email()]} autoComplete="off" />
      <TextInput source="fullName" validate={required()} />
      <PasswordInput source="password" validate={[required(), minLength(8)]} autoComplete="new-password" />
      <UnitReferenceInput source="unitId" writable />
    </SimpleForm>
  </Create>
);
