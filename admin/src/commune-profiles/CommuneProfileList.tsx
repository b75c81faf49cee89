import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { useBulkDelete } from '../common/bulkDelete';
import { ListActions } from '../common/ListActions';
import { NumberField } from '../common/NumberField';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListExport } from '../exports/ExportMenu';
import { communeProfileExport } from '../exports/resources';

const profileFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NullableBooleanInput key="minorityArea" source="minorityArea" alwaysOn sx={{ minWidth: 300 }} />,
];

/** The profiles of the communes under the user's units. */
export const CommuneProfileList = () => {
  const bulkDelete = useBulkDelete();
  return (
    <List filters={profileFilters} actions={<ListActions exporter={<ListExport columns={communeProfileExport} />} />} empty={false} sort={{ field: 'unitId', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkDelete}>
        <UnitColumn />
        <DataTable.Col source="minorityArea">
          <BooleanField source="minorityArea" />
        </DataTable.Col>
        <DataTable.Col source="difficultyScore" align="right">
          <NumberField source="difficultyScore" />
        </DataTable.Col>
        <DataTable.Col source="difficulties" disableSort />
      </DataTable>
    </List>
  );
};
