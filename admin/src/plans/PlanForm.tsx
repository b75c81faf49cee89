import { ArrayInput, BooleanInput, NumberInput, SimpleFormIterator, TextInput, required, useRecordContext } from 'react-admin';
import { DayInput } from '../common/DayInput';
import type { Plan } from './types';

/** An ordered list of texts (purposes, recipients ...): one input per item. */
const TextList = ({ source }: { source: string }) => (
  <ArrayInput source={source}>
    <SimpleFormIterator inline disableReordering={false} fullWidth>
      <TextInput source="" label={false} multiline fullWidth />
    </SimpleFormIterator>
  </ArrayInput>
);

/**
 * The fields of a plan. Once issued its number and date are locked (the server refuses them too);
 * every other change to an issued plan is recorded as an amendment.
 */
export const PlanFormFields = () => {
  const plan = useRecordContext<Plan>();
  const locked = !!plan && plan.status !== 'DRAFT';
  return (
    <>
      <TextInput source="title" validate={required()} multiline fullWidth />
      <TextInput source="number" disabled={locked} />
      <DayInput source="issuedOn" disabled={locked} />
      <TextInput source="issuingBody" fullWidth />
      <NumberInput source="periodFrom" />
      <NumberInput source="periodTo" />
      <TextInput source="preamble" multiline fullWidth />
      <TextList source="purposes" />
      <TextList source="requirements" />
      <TextList source="objectives" />
      <TextInput source="responsibilitiesPreamble" multiline fullWidth />
      <TextInput source="fundingSource" multiline fullWidth />
      <TextInput source="placeOfIssue" />
      <TextInput source="signerOnBehalfOf" />
      <TextInput source="signerSignsFor" />
      <TextInput source="signerCapacity" />
      <TextInput source="signerName" />
      <TextList source="recipients" />
      <TextInput source="archive" />
      <BooleanInput source="contentKnown" />
      <TextInput source="sourceNote" multiline fullWidth />
    </>
  );
};
