import { AutocompleteArrayInput, FormDataConsumer, ReferenceArrayInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { caseCategoryChoices, caseOutcomeChoices } from '../teams/groundChoices';
import { MEDIATOR_OPTION } from '../teams/groundSelections';
import type { Mediator } from '../teams/groundTypes';

/** The case's fields; its mediators are chosen among the members of its team. */
export const MediationCaseFields = () => (
  <>
    <DayInput source="receivedOn" validate={required()} />
    <SelectInput source="category" choices={caseCategoryChoices} validate={required()} />
    <SelectInput source="outcome" choices={caseOutcomeChoices} validate={required()} />
    <DayInput source="closedOn" helperText={false} />
    <FormDataConsumer<{ teamId?: string }>>
      {({ formData }) => formData.teamId ? (
        <ReferenceArrayInput source="mediatorIds" reference="Mediator" filter={{ teamId: formData.teamId }} queryOptions={{ meta: { sparseFields: MEDIATOR_OPTION } }}>
          <AutocompleteArrayInput optionText={(m: Mediator) => m.fullName} />
        </ReferenceArrayInput>
      ) : null}
    </FormDataConsumer>
    <TextInput source="summary" multiline fullWidth helperText="hoagiai.ground.parties_hidden" validate={maxLength(500)} />
    <TextInput source="parties" multiline fullWidth helperText="hoagiai.ground.parties_hidden" />
  </>
);
