import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { agencyKindChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

/**
 * An agency belongs to a unit of any level and era (records keep the unit they were made under);
 * the server refuses a unit outside the user's write scope.
 */
export const AgencyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitReferenceInput source="unitId" writable validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={agencyKindChoices} validate={required()} />
    </SimpleForm>
  </Create>
);
