import { SelectArrayInput, TextInput, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { agencyKindChoices } from '../common/choices';

/** The pool's period and composition rule (which agencies must be represented), shared by create and edit. */
export const TrainerPoolFields = () => (
  <>
    <TextInput source="name" />
    <DayInput source="periodFrom" validate={required()} />
    <DayInput source="periodTo" />
    <SelectArrayInput source="requiredAgencyKinds" choices={agencyKindChoices} />
    <TextInput source="note" multiline />
  </>
);
