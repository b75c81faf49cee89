import { BooleanField, DeleteButton, Edit, Labeled, SaveButton, SimpleForm, TextField, Toolbar } from 'react-admin';
import { DayField } from '../common/DayField';
import { TRAINER_FIELDS } from '../teams/groundSelections';
import type { Trainer } from '../teams/groundTypes';
import { TrainerFields } from './TrainerForm';

/** A new agency brings its own kind: the old kind is not sent back to contradict it. */
const agencyDecidesKind = (data: Trainer, options?: { previousData?: Trainer }) => {
  const previous = options?.previousData;
  if (!previous || data.agencyId === previous.agencyId || !data.agencyId || data.agencyKind !== previous.agencyKind) return data;
  const { agencyKind: _stale, ...rest } = data;
  return rest;
};

const backToPool = (_resource?: string, _id?: unknown, data?: Partial<Trainer>) => `TrainerPool/${String(data?.poolId)}/show`;

const TrainerToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" redirect={backToPool} />
  </Toolbar>
);

export const TrainerEdit = () => (
  <Edit mutationMode="pessimistic" redirect={backToPool} transform={agencyDecidesKind} queryOptions={{ meta: { sparseFields: TRAINER_FIELDS } }} mutationOptions={{ meta: { sparseFields: TRAINER_FIELDS } }}>
    <SimpleForm toolbar={<TrainerToolbar />}>
      <Labeled source="pool">
        <TextField source="pool.name" />
      </Labeled>
      <TrainerFields />
      <Labeled source="trained">
        <BooleanField source="trained" />
      </Labeled>
      <Labeled source="trainedOn">
        <DayField source="trainedOn" emptyText="—" />
      </Labeled>
    </SimpleForm>
  </Edit>
);
