import { Edit, Labeled, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { hamletKindChoices } from '../common/choices';
import { UnitLinkField } from '../common/UnitLinkField';

/**
 * Pessimistic: the update carries the version the form was loaded with, and a CONFLICT must reach
 * the user before the page shows the edit as done.
 */
export const HamletEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={hamletKindChoices} validate={required()} />
    </SimpleForm>
  </Edit>
);
