import { Edit, Labeled, SimpleForm } from 'react-admin';
import { UnitLinkField } from '../common/UnitLinkField';
import { POOL_EDIT } from '../teams/groundSelections';
import { TrainerPoolFields } from './TrainerPoolForm';

export const TrainerPoolEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ meta: { sparseFields: POOL_EDIT } }} mutationOptions={{ meta: { sparseFields: POOL_EDIT } }}>
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <TrainerPoolFields />
    </SimpleForm>
  </Edit>
);
