import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { agencyKindChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

/** An agency belongs to a unit (of any level) in force today; the server checks the user may write there. */
export const AgencyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitReferenceInput source="unitId" currentOnly validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={agencyKindChoices} validate={required()} />
    </SimpleForm>
  </Create>
);
