import { Edit, Labeled, SelectInput, SimpleForm, TextField } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { mediatorStatusChoices } from '../teams/groundChoices';
import { MEDIATOR_FIELDS } from '../teams/groundSelections';
import { MediatorFields } from './MediatorForm';

import type { Mediator } from '../teams/groundTypes';

// Ethnic minority is derived from the ethnicity by the server; sending the old flag back would contradict a new ethnicity.
const withoutDerived = ({ ethnicMinority: _derived, ...data }: Mediator) => data;

/** Leaving needs a date; the team's leader cannot leave before another leader is chosen (the server says so). */
export const MediatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutDerived} queryOptions={{ meta: { sparseFields: MEDIATOR_FIELDS } }} mutationOptions={{ meta: { sparseFields: MEDIATOR_FIELDS } }}>
    <SimpleForm>
      <Labeled source="team">
        <TextField source="team.name" />
      </Labeled>
      <MediatorFields />
      <SelectInput source="status" choices={mediatorStatusChoices} />
      <DayInput source="leftOn" />
    </SimpleForm>
  </Edit>
);
