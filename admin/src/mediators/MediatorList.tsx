import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { mediatorExport, mediatorExportFields } from '../exports/resources';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { genderChoices, mediatorStatusChoices } from '../teams/groundChoices';
import { MEDIATOR_LIST } from '../teams/groundSelections';

const mediatorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <SelectInput key="status" source="status" choices={mediatorStatusChoices} alwaysOn />,
  <SelectInput key="gender" source="gender" choices={genderChoices} />,
  <NullableBooleanInput key="trained" source="trained" />,
  <NullableBooleanInput key="ethnicMinority" source="ethnicMinority" />,
  <NullableBooleanInput key="partyCellSecretary" source="partyCellSecretary" />,
];

export const MediatorList = () => (
  <List filters={mediatorFilters} actions={<ListActions exporter={<ListExport columns={mediatorExport} fields={mediatorExportFields} />} />} empty={false} sort={{ field: 'fullName', order: 'ASC' }} queryOptions={{ meta: { sparseFields: MEDIATOR_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="team" disableSort>
        <TextField source="team.name" />
      </DataTable.Col>
      <UnitColumn />
      <DataTable.Col source="gender">
        <SelectField source="gender" choices={genderChoices} />
      </DataTable.Col>
      <DataTable.Col source="ethnicity" disableSort />
      <DataTable.Col source="voteShare" align="right">
        <NumberField source="voteShare" />
      </DataTable.Col>
      <DataTable.Col source="trained">
        <BooleanField source="trained" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={mediatorStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
