import { Edit, Labeled, SimpleForm } from 'react-admin';
import { UnitLinkField } from '../common/UnitLinkField';
import { CommuneProfileFields } from './CommuneProfileForm';

/**
 * Pessimistic: the update carries the version the form was loaded with, and a CONFLICT must reach
 * the user before the page shows the edit as done.
 */
export const CommuneProfileEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <CommuneProfileFields />
    </SimpleForm>
  </Edit>
);
