import { BooleanInput, SelectInput, TextInput, maxValue, minValue, number, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { DecimalInput, WholeNumberInput } from '../common/NumberInputs';
import { genderChoices } from '../teams/groundChoices';

// The server refuses 50% and less (Law 35/2013 art. 8); the form says so before sending.
const voteShare = [required(), number(), minValue(50.01), maxValue(100)];
const birthYear = [number(), minValue(1900), maxValue(2100)];

/** The fields of a mediator's record shared by create and edit. Trained status is not an input: it follows attendance. */
export const MediatorFields = () => (
  <>
    <TextInput source="fullName" validate={required()} />
    <SelectInput source="gender" choices={genderChoices} validate={required()} />
    <WholeNumberInput source="birthYear" validate={birthYear} />
    <TextInput source="ethnicity" helperText="Kinh, Khmer, Hoa, Tày..." />
    <BooleanInput source="partyCellSecretary" />
    <DayInput source="electedOn" />
    <DecimalInput source="voteShare" validate={voteShare} />
    <TextInput source="recognitionDecisionNumber" />
    <DayInput source="recognitionDecisionDate" />
  </>
);
