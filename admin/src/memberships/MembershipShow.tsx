import { DeleteButton, ReferenceField, SelectField, Show, SimpleShowLayout, TopToolbar } from 'react-admin';
import { roleChoices } from '../common/choices';
import { UnitLinkField } from '../common/UnitLinkField';

/** Memberships are granted and revoked, never edited. */
const MembershipActions = () => (
  <TopToolbar>
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const MembershipShow = () => (
  <Show actions={<MembershipActions />}>
    <SimpleShowLayout>
      <ReferenceField source="userId" reference="User" link="show" emptyText="resources.Membership.userNotShown" />
      <SelectField source="role" choices={roleChoices} />
      <UnitLinkField source="unit" label="resources.Membership.fields.unitId" />
    </SimpleShowLayout>
  </Show>
);
