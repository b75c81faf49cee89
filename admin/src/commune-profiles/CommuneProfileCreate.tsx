import { Create, SimpleForm, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { CommuneProfileFields } from './CommuneProfileForm';

/** One profile per commune, of any era; the server refuses a second one and a unit outside the user's write scope. */
export const CommuneProfileCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ minorityArea: false }}>
      <UnitReferenceInput source="unitId" writable level="COMMUNE" validate={required()} />
      <CommuneProfileFields />
    </SimpleForm>
  </Create>
);
