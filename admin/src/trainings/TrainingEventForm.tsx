import { AutocompleteArrayInput, FormDataConsumer, ReferenceArrayInput, SelectInput, TextInput, minValue, number, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { DecimalInput, WholeNumberInput } from '../common/NumberInputs';
import { audienceChoices } from '../teams/groundChoices';
import { MEDIATOR_OPTION, TRAINER_OPTION } from '../teams/groundSelections';
import type { Mediator, Trainer } from '../teams/groundTypes';
import { searchOf } from '../common/search';

const mediatorText = (m: Mediator) => (m.team ? `${m.fullName} (${m.team.name})` : m.fullName);
const trainerText = (t: Trainer) => (t.pool ? `${t.fullName} (${t.pool.name})` : t.fullName);

/**
 * The course, who taught it and who attended. Mediators attend MEDIATORS courses (and become
 * trained), trainers TRAINERS courses; the lists offer only what the user may read, and the server
 * checks the attendees belong to the organising unit.
 */
export const TrainingEventFields = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <DayInput source="startsOn" validate={required()} />
    <DayInput source="endsOn" validate={required()} />
    <SelectInput source="audience" choices={audienceChoices} validate={required()} />
    <TextInput source="location" />
    <DecimalInput source="cost" digits={3} validate={[number(), minValue(0)]} />
    <WholeNumberInput source="participants" validate={[number(), minValue(0)]} />
    <ReferenceArrayInput source="trainerIds" reference="Trainer" queryOptions={{ meta: { sparseFields: TRAINER_OPTION } }}>
      <AutocompleteArrayInput optionText={trainerText} filterToQuery={searchOf} />
    </ReferenceArrayInput>
    <FormDataConsumer<{ audience?: string }>>
      {({ formData }) => (
        <>
          {formData.audience === 'MEDIATORS' ? (
            <ReferenceArrayInput source="attendeeMediatorIds" reference="Mediator" filter={{ status: 'ACTIVE' }} queryOptions={{ meta: { sparseFields: MEDIATOR_OPTION } }}>
              <AutocompleteArrayInput optionText={mediatorText} filterToQuery={searchOf} />
            </ReferenceArrayInput>
          ) : null}
          {formData.audience === 'TRAINERS' ? (
            <ReferenceArrayInput source="attendeeTrainerIds" reference="Trainer" queryOptions={{ meta: { sparseFields: TRAINER_OPTION } }}>
              <AutocompleteArrayInput optionText={trainerText} filterToQuery={searchOf} />
            </ReferenceArrayInput>
          ) : null}
        </>
      )}
    </FormDataConsumer>
  </>
);
