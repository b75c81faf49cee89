import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceField, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { userExport, userExportFields } from '../exports/resources';

const userFilters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" alwaysOn />];

export const UserList = () => (
  <List filters={userFilters} actions={<ListActions exporter={<ListExport columns={userExport} fields={userExportFields} />} />} empty={false} sort={{ field: 'email', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="email" />
      <DataTable.Col source="fullName" />
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="unitId" disableSort>
        <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" />
      </DataTable.Col>
    </DataTable>
  </List>
);
