import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { NumberField, YearField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { genderChoices, mediatorStatusChoices } from '../teams/groundChoices';
import { MEDIATOR_FIELDS, TEAM_OPTION } from '../teams/groundSelections';

export const MediatorShow = () => (
  <Show queryOptions={{ meta: { sparseFields: MEDIATOR_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <ReferenceField source="teamId" reference="MediationTeam" link="show" queryOptions={{ meta: { sparseFields: TEAM_OPTION } }} />
      <UnitLinkField source="unit" label="resources.Mediator.fields.unitId" />
      <SelectField source="gender" choices={genderChoices} />
      <YearField source="birthYear" emptyText="—" />
      <TextField source="ethnicity" emptyText="—" />
      <BooleanField source="ethnicMinority" />
      <BooleanField source="partyCellSecretary" />
      <DayField source="electedOn" emptyText="—" />
      <NumberField source="voteShare" />
      <TextField source="recognitionDecisionNumber" emptyText="—" />
      <DayField source="recognitionDecisionDate" emptyText="—" />
      <BooleanField source="trained" />
      <DayField source="trainedOn" emptyText="—" />
      <SelectField source="status" choices={mediatorStatusChoices} />
      <DayField source="leftOn" emptyText="—" />
      <BooleanField source="synthetic" />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
