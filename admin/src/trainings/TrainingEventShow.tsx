import { Chip, Stack } from '@mui/material';
import { Labeled, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { audienceChoices } from '../teams/groundChoices';
import { EVENT_SHOW } from '../teams/groundSelections';
import type { TrainingEvent } from '../teams/groundTypes';

/**
 * People of the course as chips: who taught, and who attended (the mediators then count as trained).
 * The prop is not called `source`, so the layout does not add a second label; empty lists show nothing.
 */
const People = ({ list }: { list: 'trainers' | 'attendeeMediators' | 'attendeeTrainers' }) => {
  const event = useRecordContext<TrainingEvent>();
  const people = event?.[list] ?? [];
  if (!people.length) return null;
  return (
    <Labeled source={list}>
      <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap data-testid={`event-${list}`}>
        {people.map((person) => <Chip key={String(person.id)} size="small" label={person.fullName} />)}
      </Stack>
    </Labeled>
  );
};

export const TrainingEventShow = () => (
  <Show queryOptions={{ meta: { sparseFields: EVENT_SHOW } }}>
    <SimpleShowLayout>
      <TextField source="title" />
      <UnitLinkField source="unit" label="resources.TrainingEvent.fields.unitId" />
      <DayField source="startsOn" />
      <DayField source="endsOn" />
      <SelectField source="audience" choices={audienceChoices} />
      <TextField source="location" emptyText="—" />
      <NumberField source="cost" />
      <NumberField source="attendeeCount" />
      <People list="trainers" />
      <People list="attendeeMediators" />
      <People list="attendeeTrainers" />
      <NumberField source="version" />
      <TimestampField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
