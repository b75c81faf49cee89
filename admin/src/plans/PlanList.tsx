import { DataTable, FunctionField, List, NumberInput, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { DayField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { planStatusChoices } from './choices';
import { PLAN_LIST_FIELDS } from './selections';
import type { Plan } from './types';

const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" />,
];

const CascadeSummary = () => {
  const translate = useTranslate();
  return (
    <FunctionField<Plan>
      render={(plan) => (plan.cascadeStatus?.total ? translate('hoagiai.plans.cascade.status', plan.cascadeStatus) : '')}
    />
  );
};

/** Plans the user may read: their units' own, and the plans of the units above addressed to them. */
export const PlanList = () => (
  <List
    filters={planFilters}
    actions={<ListActions />}
    empty={false}
    sort={{ field: 'issuedOn', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: PLAN_LIST_FIELDS } }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="title">
        <TextField source="title" sx={{ display: 'block', maxWidth: 520 }} />
      </DataTable.Col>
      <DataTable.Col source="unitId" disableSort>
        <UnitLinkField source="unit" />
      </DataTable.Col>
      <DataTable.Col source="issuedOn">
        <DayField source="issuedOn" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={planStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="budgetTotal" disableSort align="right" />
      <DataTable.Col source="cascadeStatus" disableSort>
        <CascadeSummary />
      </DataTable.Col>
    </DataTable>
  </List>
);
