import { DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { useBulkDelete } from '../common/bulkDelete';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { membershipExport } from '../exports/resources';
import { roleChoices } from '../common/choices';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { UserReferenceInput } from './UserReferenceInput';

const membershipFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UserReferenceInput key="userId" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
];

export const MembershipList = () => {
  const bulkDelete = useBulkDelete();
  return (
    <List filters={membershipFilters} actions={<ListActions exporter={<ListExport columns={membershipExport} />} />} empty={false} sort={{ field: 'id', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkDelete}>
        <DataTable.Col source="userId" disableSort>
          <ReferenceField source="userId" reference="User" link="show" emptyText="resources.Membership.userNotShown" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <UnitColumn />
      </DataTable>
    </List>
  );
};
