import { BooleanInput, TextInput, maxLength } from 'react-admin';

/** What a review records; "consolidated" only after a review (the server refuses it otherwise). */
export const TeamReviewFields = () => (
  <>
    <BooleanInput source="reviewed" />
    <BooleanInput source="compliantAfter" helperText="hoagiai.records.compliantAfterHelp" />
    <TextInput source="note" multiline fullWidth validate={maxLength(2000)} />
  </>
);
