import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { CASE_FIELDS } from '../teams/groundSelections';
import type { MediationCase } from '../teams/groundTypes';
import { MediationCaseFields } from './MediationCaseForm';

/**
 * The personal details (the parties, what the case is about) travel only when the user changed
 * them: a district editing a case never had them (the server hides them), and sending its empty
 * fields back would ask to erase them.
 */
const personalOnlyIfChanged = (data: MediationCase, options?: { previousData?: MediationCase }) => {
  const previous = options?.previousData;
  const { parties, summary, ...rest } = data;
  return {
    ...rest,
    ...((parties ?? '') !== (previous?.parties ?? '') ? { parties } : {}),
    ...((summary ?? '') !== (previous?.summary ?? '') ? { summary } : {}),
  };
};

export const MediationCaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={personalOnlyIfChanged} queryOptions={{ meta: { sparseFields: CASE_FIELDS } }}
    mutationOptions={{ meta: { sparseFields: CASE_FIELDS } }}>
    <SimpleForm>
      <Labeled source="team">
        <TextField source="team.name" />
      </Labeled>
      <MediationCaseFields />
    </SimpleForm>
  </Edit>
);
