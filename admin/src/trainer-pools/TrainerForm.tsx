import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { agencyKindChoices } from '../common/choices';
import { genderChoices } from '../teams/groundChoices';
import { searchOf } from '../common/search';


/**
 * A trainer's record. A registered agency brings its kind; without one (a lawyer of the bar) the
 * kind is chosen. Trained status follows "trained elsewhere" and attended TRAINERS courses.
 */
export const TrainerFields = () => (
  <>
    <TextInput source="fullName" validate={required()} />
    <SelectInput source="gender" choices={genderChoices} validate={required()} />
    <ReferenceInput source="agencyId" reference="Agency" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={searchOf} sx={{ minWidth: 360 }} />
    </ReferenceInput>
    <SelectInput source="agencyKind" choices={agencyKindChoices} />
    <TextInput source="position" />
    <TextInput source="expertise" />
    <DayInput source="trainedElsewhereOn" />
  </>
);
