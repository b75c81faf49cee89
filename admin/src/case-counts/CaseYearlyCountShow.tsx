import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimestampField } from '../common/DayField';
import { NumberField, YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { TeamLinkField } from '../teams/TeamLinkField';

export const CaseYearlyCountShow = () => (
  <Show>
    <SimpleShowLayout>
      <TeamLinkField source="team" label="resources.CaseYearlyCount.fields.team" />
      <UnitLinkField source="unit" label="resources.CaseYearlyCount.fields.unitId" />
      <YearField source="year" />
      <NumberField source="received" />
      <NumberField source="settled" />
      <NumberField source="notSettled" />
      <NumberField source="inProgress" />
      <TextField source="note" emptyText="—" />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
