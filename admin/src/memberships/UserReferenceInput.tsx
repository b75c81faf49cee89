import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import type { User } from '../types';
import { searchOf } from '../common/search';

const userOptionText = (user: User) => `${user.fullName} <${user.email}>`;

export const UserReferenceInput = ({ validate, alwaysOn }: { validate?: Validator | Validator[]; alwaysOn?: boolean }) => (
  <ReferenceInput source="userId" reference="User" sort={{ field: 'email', order: 'ASC' }} alwaysOn={alwaysOn}>
    <AutocompleteInput optionText={userOptionText} filterToQuery={searchOf} validate={validate} sx={{ minWidth: 320 }} />
  </ReferenceInput>
);
