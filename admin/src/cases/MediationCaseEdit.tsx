import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { CASE_FIELDS } from '../teams/groundSelections';
import type { MediationCase } from '../teams/groundTypes';
import { MediationCaseFields } from './MediationCaseForm';

/**
 * The parties travel only when the user changed them: a district editing a case never had them
 * (the server hides them), and sending its empty field back would ask to erase them.
 */
const partiesOnlyIfChanged = (data: MediationCase, options?: { previousData?: MediationCase }) => {
  if ((data.parties ?? '') !== (options?.previousData?.parties ?? '')) return data;
  const { parties: _unchanged, ...rest } = data;
  return rest;
};

export const MediationCaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={partiesOnlyIfChanged} queryOptions={{ meta: { sparseFields: CASE_FIELDS } }}
    mutationOptions={{ meta: { sparseFields: CASE_FIELDS } }}>
    <SimpleForm>
      <Labeled source="team">
        <TextField source="team.name" />
      </Labeled>
      <MediationCaseFields />
    </SimpleForm>
  </Edit>
);
