import { DataTable, List, NumberInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { caseExport, caseExportFields } from '../exports/resources';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { caseCategoryChoices, caseOutcomeChoices } from '../teams/groundChoices';
import { CASE_LIST } from '../teams/groundSelections';

const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={caseOutcomeChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={caseCategoryChoices} />,
];

/**
 * Sổ theo dõi hoạt động hòa giải: the case book of the user's teams, newest first, searched by the
 * team's name. The list never shows the parties (personal data), nor searches them: only a commune's
 * own staff see them, on the case's page.
 */
export const MediationCaseList = () => (
  <List filters={caseFilters} actions={<ListActions exporter={<ListExport columns={caseExport} fields={caseExportFields} />} />} empty={false} sort={{ field: 'receivedOn', order: 'DESC' }} queryOptions={{ meta: { sparseFields: CASE_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="receivedOn">
        <DayField source="receivedOn" />
      </DataTable.Col>
      <DataTable.Col source="team" disableSort>
        <TextField source="team.name" />
      </DataTable.Col>
      <UnitColumn />
      <DataTable.Col source="category">
        <SelectField source="category" choices={caseCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="outcome">
        <SelectField source="outcome" choices={caseOutcomeChoices} />
      </DataTable.Col>
      <DataTable.Col source="closedOn">
        <DayField source="closedOn" />
      </DataTable.Col>
    </DataTable>
  </List>
);
