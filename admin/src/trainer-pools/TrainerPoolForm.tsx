import { DateInput, SelectArrayInput, TextInput, required } from 'react-admin';
import { agencyKindChoices } from '../common/choices';

/** The pool's period and composition rule (which agencies must be represented), shared by create and edit. */
export const TrainerPoolFields = () => (
  <>
    <TextInput source="name" />
    <DateInput source="periodFrom" validate={required()} />
    <DateInput source="periodTo" />
    <SelectArrayInput source="requiredAgencyKinds" choices={agencyKindChoices} />
    <TextInput source="note" multiline />
  </>
);
