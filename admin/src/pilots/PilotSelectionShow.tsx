import { Chip, Stack, Typography } from '@mui/material';
import { DeleteButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { unitLabel } from '../common/unitLabel';
import { CandidateTable } from './CandidateTable';
import { PILOT_SHOW_FIELDS, taskName } from './selections';
import type { PilotSelection } from './types';

/** The chosen communes, or the chosen mediation teams with their communes (from the snapshot) when teams were chosen. */
const Chosen = () => {
  const selection = useRecordContext<PilotSelection>();
  if (!selection?.chosenUnits) return null;
  const teams = selection.candidateLevel === 'TEAM' && selection.candidates;
  const chips = teams
    ? teams.filter((c) => c.chosen).map((c) => ({ key: String(c.teamId), label: `${c.name} – ${c.parentName}` }))
    : selection.chosenUnits.map((u) => ({ key: String(u.id), label: unitLabel(u) }));
  return (
    <Labeled label={teams ? 'hoagiai.pilots.chosenTeams' : 'resources.PilotSelection.fields.chosenUnits'} fullWidth>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="pilot-chosen">
        {chips.map((chip) => <Chip key={chip.key} color="success" label={chip.label} />)}
      </Stack>
    </Labeled>
  );
};

/** The recorded snapshot: never recomputed, so it reads as it did when the choice was made. */
const Snapshot = () => {
  const selection = useRecordContext<PilotSelection>();
  const translate = useTranslate();
  if (!selection?.candidates) return null;
  return (
    <>
      <Typography variant="h6">{translate('hoagiai.pilots.snapshot')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('hoagiai.pilots.priorities')}: {(selection.priorities ?? []).map((p) => translate(`hoagiai.pilots.priority.${p}`)).join(' → ')}
      </Typography>
      <CandidateTable candidates={selection.candidates} level={selection.candidateLevel ?? 'COMMUNE'} />
    </>
  );
};

const Task = () => {
  const selection = useRecordContext<PilotSelection>();
  const task = selection?.planTask;
  return task ? <span>{taskName(task)}</span> : null;
};

export const PilotSelectionShow = () => (
  <Show actions={<TopToolbar><DeleteButton mutationMode="pessimistic" /></TopToolbar>} queryOptions={{ meta: { sparseFields: PILOT_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
        <UnitLinkField source="unit" label="resources.PilotSelection.fields.unitId" />
        <Labeled source="planTask"><Task /></Labeled>
        <Labeled source="year"><NumberField source="year" options={{ useGrouping: false }} /></Labeled>
        <Labeled source="chosenByName"><TextField source="chosenByName" /></Labeled>
        <Labeled source="chosenAt"><TimestampField source="chosenAt" /></Labeled>
      </Stack>
      <Chosen />
      <TextField source="rationale" data-testid="pilot-rationale-shown" />
      <Snapshot />
    </SimpleShowLayout>
  </Show>
);
