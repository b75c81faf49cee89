import { BooleanInput, Edit, Labeled, PasswordInput, SimpleForm, TextField, TextInput, minLength, required } from 'react-admin';
import type { User } from '../types';

type UserForm = Partial<User> & { password?: string | null };

/** An empty password field means "keep the current one", not "set an empty password". */
const withoutEmptyPassword = ({ password, ...rest }: UserForm): UserForm => (password ? { ...rest, password } : rest);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutEmptyPassword}>
    <SimpleForm>
      <Labeled source="email">
        <TextField source="email" />
      </Labeled>
      <TextInput source="fullName" validate={required()} />
      <BooleanInput source="active" />
      <PasswordInput source="password" validate={minLength(8)} autoComplete="new-password" helperText="hoagiai.users.password_help" />
    </SimpleForm>
  </Edit>
);
