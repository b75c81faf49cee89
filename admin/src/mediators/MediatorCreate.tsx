import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin';
import { TEAM_OPTION } from '../teams/groundSelections';
import { MediatorFields } from './MediatorForm';
import { searchOf } from '../common/search';


export const MediatorCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="teamId" reference="MediationTeam" filter={{ status: 'ACTIVE' }} queryOptions={{ meta: { sparseFields: TEAM_OPTION } }}>
        <AutocompleteInput optionText="name" filterToQuery={searchOf} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <MediatorFields />
    </SimpleForm>
  </Create>
);
