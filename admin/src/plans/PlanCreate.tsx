import { Create, ReferenceInput, AutocompleteInput, SimpleForm, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { PlanFormFields } from './PlanForm';
import { PLAN_EDIT_FIELDS, PLAN_LIST_FIELDS } from './selections';

/** A new plan starts as a DRAFT of a unit the user writes; it may implement a plan of that unit or one above. */
export const PlanCreate = () => (
  <Create redirect="show" mutationOptions={{ meta: { sparseFields: PLAN_EDIT_FIELDS } }}>
    {/* A plan written in the console has its content here; "known only by reference" is for plans entered from a citation. */}
    <SimpleForm defaultValues={{ contentKnown: true }}>
      <UnitReferenceInput source="unitId" writable validate={required()} />
      <ReferenceInput source="parentId" reference="Plan" queryOptions={{ meta: { sparseFields: PLAN_LIST_FIELDS } }}>
        <AutocompleteInput optionText={(plan: { number: string | null; title: string; unit?: { name: string } }) => `${plan.number ?? '—'} ${plan.title} · ${plan.unit?.name ?? ''}`} filterToQuery={(text: string) => (text.trim() ? { q: text.trim() } : {})} />
      </ReferenceInput>
      <PlanFormFields />
    </SimpleForm>
  </Create>
);
