import { CreateButton, DataTable, ExportButton, FilterButton, List, NumberInput, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { levelChoices } from '../common/choices';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { reportStatusChoices } from './choices';
import { ReportStatusField, TimelinessField } from './ReportChips';
import { REPORT_LIST_FIELDS } from './selections';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <SelectInput key="status" source="status" choices={reportStatusChoices} alwaysOn />,
  <UnitReferenceInput key="withinUnitId" source="withinUnitId" alwaysOn />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="hoagiai.reports.generate" data-testid="create-button" />
    <ExportButton maxResults={500} />
  </TopToolbar>
);

/** The reports the user may read (row-level security decides), newest year first. */
export const ReportList = () => (
  <List filters={filters} actions={<Actions />} empty={false} sort={{ field: 'year', order: 'DESC' }} queryOptions={{ meta: { sparseFields: REPORT_LIST_FIELDS } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="unitId" disableSort>
        <UnitLinkField source="unit" />
      </DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="status">
        <ReportStatusField />
      </DataTable.Col>
      <DataTable.Col source="timeliness" disableSort>
        <TimelinessField />
      </DataTable.Col>
      <DataTable.Col source="dueDate" field={DayField} />
      <DataTable.Col source="submittedAt" field={TimestampField} />
    </DataTable>
  </List>
);
