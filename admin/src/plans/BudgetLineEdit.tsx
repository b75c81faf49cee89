import { BooleanInput, Edit, Labeled, NumberInput, SelectInput, SimpleForm, TextField, TextInput, regex, required } from 'react-admin';
import { budgetScheduleChoices } from './choices';
import { BUDGET_LINE_FIELDS } from './selections';
import type { BudgetLine } from './types';

// Million VND with at most 3 decimals, typed as text so nothing is rounded through a float.
const AMOUNT = regex(/^\d{1,11}([.,]\d{1,3})?$/, 'ra.validation.number');
const parseAmount = (value: string) => value?.replace(',', '.');

/**
 * One line of a plan's budget appendix. A line with lines below it must equal their sum: a change
 * that breaks it is refused by the server, which names the line (shown under the amount), unless
 * "also update the lines above" is ticked. Back on the plan, the totals show the change.
 */
export const BudgetLineEdit = () => (
  <Edit
    mutationMode="pessimistic"
    queryOptions={{ meta: { sparseFields: BUDGET_LINE_FIELDS } }}
    mutationOptions={{ meta: { sparseFields: BUDGET_LINE_FIELDS } }}
    redirect={(_resource, _id, data) => `Plan/${(data as BudgetLine).planId}/show/budget`}
  >
    <SimpleForm>
      <Labeled source="code">
        <TextField source="code" />
      </Labeled>
      <TextInput source="title" multiline fullWidth validate={required()} />
      <TextInput source="amount" validate={[required(), AMOUNT]} parse={parseAmount} inputProps={{ inputMode: 'decimal' }} />
      <SelectInput source="scheduleKind" choices={budgetScheduleChoices} emptyText="—" />
      <NumberInput source="scheduleYear" />
      <TextInput source="scheduleNote" />
      <BooleanInput source="rollUp" defaultValue={false} helperText="hoagiai.plans.rollUpHelp" />
    </SimpleForm>
  </Edit>
);
