import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { hamletKindChoices } from '../common/choices';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

/** A hamlet belongs to a commune in force today; the server checks the user may write there. */
export const HamletCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitReferenceInput source="unitId" level="COMMUNE" currentOnly validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={hamletKindChoices} validate={required()} />
    </SimpleForm>
  </Create>
);
