import { BooleanInput, TextInput, maxLength } from 'react-admin';

export const AccessToLawAssessmentFields = () => (
  <>
    <BooleanInput source="metStandard" />
    <BooleanInput source="metMediationCriterion" helperText="hoagiai.records.mediationCriterionHelp" />
    <TextInput source="note" multiline fullWidth validate={maxLength(2000)} />
  </>
);
