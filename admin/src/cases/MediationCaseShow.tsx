import { Alert, Typography } from '@mui/material';
import { Labeled, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { caseCategoryChoices, caseOutcomeChoices } from '../teams/groundChoices';
import { CASE_FIELDS } from '../teams/groundSelections';
import type { MediationCase } from '../teams/groundTypes';

/**
 * The server answers the personal details (the parties, what the case is about) only to the
 * commune's own staff; everyone else reads a note instead.
 */
const Personal = ({ source }: { source: 'parties' | 'summary' }) => {
  const kase = useRecordContext<MediationCase>();
  const translate = useTranslate();
  const own = kase?.parties != null || kase?.summary != null;
  return (
    <Labeled source={source}>
      {kase?.[source] ? <TextField source={source} data-testid={`case-${source}`} />
        : own ? <span>—</span> : <Alert severity="info">{translate('hoagiai.ground.parties_hidden')}</Alert>}
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
      <Personal source="summary" />
      <Personal source="parties" />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
