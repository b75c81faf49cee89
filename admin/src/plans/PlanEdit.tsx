import { Edit, SimpleForm } from 'react-admin';
import { PlanFormFields } from './PlanForm';
import { PLAN_EDIT_FIELDS } from './selections';

/** Pessimistic: the update carries the version read; a CONFLICT must reach the user before the page moves on. */
export const PlanEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ meta: { sparseFields: PLAN_EDIT_FIELDS } }}
    mutationOptions={{ meta: { sparseFields: PLAN_EDIT_FIELDS } }}
  >
    <SimpleForm>
      <PlanFormFields />
    </SimpleForm>
  </Edit>
);
