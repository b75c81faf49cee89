import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimestampField } from '../common/DayField';
import { NumberField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';

export const CommuneProfileShow = () => (
  <Show>
    <SimpleShowLayout>
      <UnitLinkField source="unit" label="resources.CommuneProfile.fields.unitId" />
      <BooleanField source="minorityArea" />
      <NumberField source="difficultyScore" emptyText="—" />
      <TextField source="difficulties" emptyText="—" />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
