import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { agencyKindChoices } from '../common/choices';
import { TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';

export const AgencyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={agencyKindChoices} />
      <UnitLinkField source="unit" label="resources.Agency.fields.unitId" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
