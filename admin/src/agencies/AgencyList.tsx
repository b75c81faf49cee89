import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { useBulkDelete } from '../common/bulkDelete';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { agencyExport } from '../exports/resources';
import { agencyKindChoices } from '../common/choices';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

const agencyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={agencyKindChoices} alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
];

export const AgencyList = () => {
  const bulkDelete = useBulkDelete();
  return (
    <List filters={agencyFilters} actions={<ListActions exporter={<ListExport columns={agencyExport} />} />} empty={false} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkDelete}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={agencyKindChoices} />
        </DataTable.Col>
        <UnitColumn />
      </DataTable>
    </List>
  );
};
