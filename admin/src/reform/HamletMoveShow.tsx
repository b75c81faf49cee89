import { Labeled, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { BasisChip, MappingField } from './HamletMoveList';
import { HAMLET_MOVE_FIELDS } from './selections';

export const HamletMoveShow = () => (
  <Show queryOptions={{ meta: { sparseFields: HAMLET_MOVE_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="hamlet.name" label="resources.HamletMove.fields.hamlet" />
      <Labeled source="fromUnit"><UnitLinkField source="fromUnit" /></Labeled>
      <Labeled source="unit"><UnitLinkField source="unit" /></Labeled>
      <DayField source="movedOn" />
      <Labeled source="basis"><BasisChip /></Labeled>
      <Labeled source="mapping"><MappingField /></Labeled>
      <NumberField source="teams" />
      <NumberField source="mediators" />
      <TextField source="note" emptyText="—" />
      <TimestampField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
