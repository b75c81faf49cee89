import { BooleanInput, TextInput, maxLength, maxValue, minValue, number } from 'react-admin';
import { WholeNumberInput } from '../common/NumberInputs';

const score = [number(), minValue(0), maxValue(10)];

export const CommuneProfileFields = () => (
  <>
    <BooleanInput source="minorityArea" helperText="hoagiai.records.minorityAreaHelp" />
    <WholeNumberInput source="difficultyScore" validate={score} helperText="hoagiai.records.difficultyScoreHelp" />
    <TextInput source="difficulties" multiline fullWidth validate={maxLength(2000)} />
  </>
);
