import { CreateButton, DataTable, DeleteButton, ReferenceManyField, SelectField, useRecordContext, useResourceDefinition } from 'react-admin';
import { roleChoices } from '../common/choices';
import { UnitColumn } from '../common/UnitLinkField';
import type { User } from '../types';

/** Opens the membership form with this user already chosen. */
const AddMembershipButton = () => {
  const user = useRecordContext<User>();
  const { hasCreate } = useResourceDefinition({ resource: 'Membership' });
  if (!user || !hasCreate) return null;
  return <CreateButton resource="Membership" label="hoagiai.users.add_membership" state={{ record: { userId: user.id } }} />;
};

/** The roles a user holds, one row per unit. */
export const UserMemberships = () => (
  <>
    <ReferenceManyField reference="Membership" target="userId" sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={false} data-testid="user-memberships">
        <DataTable.Col source="role">
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <UnitColumn />
        <DataTable.Col>
          <DeleteButton mutationMode="pessimistic" redirect={false} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
    <AddMembershipButton />
  </>
);
