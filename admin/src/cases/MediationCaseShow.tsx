import { Alert, Typography } from '@mui/material';
import { Labeled, NumberField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { caseCategoryChoices, caseOutcomeChoices } from '../teams/groundChoices';
import { CASE_FIELDS } from '../teams/groundSelections';
import type { MediationCase } from '../teams/groundTypes';

/** The server answers the parties only to the commune's own staff; everyone else reads a note instead. */
const Parties = () => {
  const kase = useRecordContext<MediationCase>();
  const translate = useTranslate();
  return (
    <Labeled source="parties">
      {kase?.parties ? <TextField source="parties" data-testid="case-parties" /> : <Alert severity="info">{translate('hoagiai.ground.parties_hidden')}</Alert>}
    </Labeled>
  );
};

const Mediators = () => {
  const kase = useRecordContext<MediationCase>();
  return (
    <Labeled source="mediators">
      <Typography variant="body2">{(kase?.mediators ?? []).map((m) => m.fullName).join(', ') || '—'}</Typography>
    </Labeled>
  );
};

export const MediationCaseShow = () => (
  <Show queryOptions={{ meta: { sparseFields: CASE_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="team.name" label="resources.MediationCase.fields.team" />
      <UnitLinkField source="unit" label="resources.MediationCase.fields.unitId" />
      <DayField source="receivedOn" />
      <SelectField source="category" choices={caseCategoryChoices} />
      <SelectField source="outcome" choices={caseOutcomeChoices} />
      <DayField source="closedOn" emptyText="—" />
      <Mediators />
      <Parties />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
