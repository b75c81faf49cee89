import { Create, SimpleForm, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { TrainerPoolFields } from './TrainerPoolForm';

/** A pool of a province or district; without a composition rule the server applies the usual one. */
export const TrainerPoolCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitReferenceInput source="unitId" writable validate={required()} />
      <TrainerPoolFields />
    </SimpleForm>
  </Create>
);
