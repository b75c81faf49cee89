import { Create, ReferenceInput, SelectInput, SimpleForm, required } from 'react-admin';
import { TRAINER_FIELDS } from '../teams/groundSelections';
import { TrainerFields } from './TrainerForm';

/** Opened from a pool's page (its id prefilled); goes back to the pool once saved. */
export const TrainerCreate = () => (
  <Create redirect={(_resource, _id, data) => `TrainerPool/${String(data?.poolId)}/show`} mutationOptions={{ meta: { sparseFields: TRAINER_FIELDS } }}>
    <SimpleForm>
      <ReferenceInput source="poolId" reference="TrainerPool" queryOptions={{ meta: { sparseFields: ['id', 'name'] } }}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <TrainerFields />
    </SimpleForm>
  </Create>
);
