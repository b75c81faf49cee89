import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { searchOf } from '../common/search';


/** A team for a hamlet the user may write; its name defaults to "Tổ hòa giải <hamlet>" on the server. */
export const MediationTeamCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="hamletId" reference="Hamlet" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={searchOf} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <TextInput source="name" />
      <DayInput source="establishedOn" />
    </SimpleForm>
  </Create>
);
