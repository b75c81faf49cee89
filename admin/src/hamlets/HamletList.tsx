import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { useBulkDelete } from '../common/bulkDelete';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { hamletExport } from '../exports/resources';
import { hamletKindChoices } from '../common/choices';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';

const hamletFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={hamletKindChoices} alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" level="COMMUNE" alwaysOn />,
];

export const HamletList = () => {
  const bulkDelete = useBulkDelete();
  return (
    <List filters={hamletFilters} actions={<ListActions exporter={<ListExport columns={hamletExport} />} />} empty={false} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkDelete}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={hamletKindChoices} />
        </DataTable.Col>
        <UnitColumn />
      </DataTable>
    </List>
  );
};
