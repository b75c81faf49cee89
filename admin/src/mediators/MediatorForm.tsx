import { BooleanInput, DateInput, NumberInput, SelectInput, TextInput, maxValue, minValue, required } from 'react-admin';
import { genderChoices } from '../teams/groundChoices';

// The server refuses 50% and less (Law 35/2013 art. 8); the form says so before sending.
const voteShare = [required(), minValue(50.01), maxValue(100)];

/** The fields of a mediator's record shared by create and edit. Trained status is not an input: it follows attendance. */
export const MediatorFields = () => (
  <>
    <TextInput source="fullName" validate={required()} />
    <SelectInput source="gender" choices={genderChoices} validate={required()} />
    <NumberInput source="birthYear" min={1900} max={2100} />
    <TextInput source="ethnicity" helperText="Kinh, Khmer, Hoa, Tày..." />
    <BooleanInput source="partyCellSecretary" />
    <DateInput source="electedOn" />
    <NumberInput source="voteShare" validate={voteShare} step={0.01} />
    <TextInput source="recognitionDecisionNumber" />
    <DateInput source="recognitionDecisionDate" />
  </>
);
