import { DataTable, List, NumberInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { eventExport, eventExportFields } from '../exports/resources';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { audienceChoices } from '../teams/groundChoices';
import { EVENT_LIST } from '../teams/groundSelections';

const eventFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="audience" source="audience" choices={audienceChoices} />,
];

/** Courses of the user's units and of the units above them (addressed downward), newest first. */
export const TrainingEventList = () => (
  <List filters={eventFilters} actions={<ListActions exporter={<ListExport columns={eventExport} fields={eventExportFields} />} />} empty={false} sort={{ field: 'startsOn', order: 'DESC' }} queryOptions={{ meta: { sparseFields: EVENT_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <UnitColumn />
      <DataTable.Col source="startsOn">
        <DayField source="startsOn" />
      </DataTable.Col>
      <DataTable.Col source="audience">
        <SelectField source="audience" choices={audienceChoices} />
      </DataTable.Col>
      <DataTable.Col source="attendeeCount" disableSort align="right" />
      <DataTable.Col source="cost" align="right">
        <NumberField source="cost" />
      </DataTable.Col>
    </DataTable>
  </List>
);
