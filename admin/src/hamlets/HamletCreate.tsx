import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { hamletKindChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

/**
 * A hamlet belongs to a commune of any era (records keep the unit they were made under); the
 * server refuses a commune outside the user's write scope.
 */
export const HamletCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitReferenceInput source="unitId" writable level="COMMUNE" validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={hamletKindChoices} validate={required()} />
    </SimpleForm>
  </Create>
);
