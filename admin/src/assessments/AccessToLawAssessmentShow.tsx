import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TimestampField } from '../common/DayField';
import { NumberField, YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';

export const AccessToLawAssessmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <UnitLinkField source="unit" label="resources.AccessToLawAssessment.fields.unitId" />
      <YearField source="year" />
      <BooleanField source="metStandard" />
      <BooleanField source="metMediationCriterion" />
      <TextField source="note" emptyText="—" />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="createdAt" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
