import { DataTable, FunctionField, List, NumberInput, SearchInput } from 'react-admin';
import { TimestampField } from '../common/DayField';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { pilotExport } from '../exports/resources';
import { PILOT_LIST_FIELDS, chosenNames, taskName } from './selections';
import type { PilotSelection } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 150 }} />,
];

/** Recorded selections: who chose which communes (or mediation teams), for which task, on which year's data. */
export const PilotSelectionList = () => (
  <List filters={filters} actions={<ListActions exporter={<ListExport columns={pilotExport} fields={PILOT_LIST_FIELDS} />} />} empty={false} sort={{ field: 'chosenAt', order: 'DESC' }} queryOptions={{ meta: { sparseFields: PILOT_LIST_FIELDS } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <UnitColumn />
      <DataTable.Col source="planTaskId" disableSort>
        <FunctionField<PilotSelection> render={(s) => (s.planTask ? taskName(s.planTask) : s.planTaskId)} />
      </DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="chosenCandidates" disableSort>
        <FunctionField<PilotSelection> render={(s) => chosenNames(s, (u) => u.name, ', ')} />
      </DataTable.Col>
      <DataTable.Col source="chosenByName" disableSort />
      <DataTable.Col source="chosenAt" field={TimestampField} />
    </DataTable>
  </List>
);
