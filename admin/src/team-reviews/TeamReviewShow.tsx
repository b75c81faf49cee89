import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimestampField } from '../common/DayField';
import { NumberField, YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { TeamLinkField } from '../teams/TeamLinkField';

export const TeamReviewShow = () => (
  <Show>
    <SimpleShowLayout>
      <TeamLinkField source="team" />
      <UnitLinkField source="unit" label="resources.TeamReview.fields.unitId" />
      <YearField source="year" />
      <BooleanField source="reviewed" />
      <BooleanField source="compliantAfter" />
      <TextField source="note" emptyText="—" />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
