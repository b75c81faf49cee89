import { Create, SimpleForm, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { EVENT_EDIT } from '../teams/groundSelections';
import { TrainingEventFields } from './TrainingEventForm';

export const TrainingEventCreate = () => (
  <Create redirect="show" mutationOptions={{ meta: { sparseFields: EVENT_EDIT } }}>
    <SimpleForm defaultValues={{ audience: 'MEDIATORS', cost: 0 }}>
      <UnitReferenceInput source="unitId" writable validate={required()} />
      <TrainingEventFields />
    </SimpleForm>
  </Create>
);
