import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin';
import { CASE_FIELDS, TEAM_OPTION } from '../teams/groundSelections';
import { MediationCaseFields } from './MediationCaseForm';
import { searchOf } from '../common/search';


export const MediationCaseCreate = () => (
  <Create redirect="show" mutationOptions={{ meta: { sparseFields: CASE_FIELDS } }}>
    <SimpleForm defaultValues={{ outcome: 'IN_PROGRESS', category: 'LAND' }}>
      <ReferenceInput source="teamId" reference="MediationTeam" queryOptions={{ meta: { sparseFields: TEAM_OPTION } }}>
        <AutocompleteInput optionText="name" filterToQuery={searchOf} validate={required()} sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <MediationCaseFields />
    </SimpleForm>
  </Create>
);
