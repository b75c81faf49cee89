import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { hamletKindChoices } from '../common/choices';
import { TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';

export const HamletShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={hamletKindChoices} />
      <UnitLinkField source="unit" label="resources.Hamlet.fields.unitId" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
