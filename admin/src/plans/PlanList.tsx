import PostAddIcon from '@mui/icons-material/PostAdd';
import { Link } from 'react-router-dom';
import {
  Button, CreateButton, DataTable, ExportButton, FilterButton, FunctionField, List, NumberInput, SearchInput, SelectField, SelectInput, TextField, TopToolbar,
  useResourceDefinition, useTranslate,
} from 'react-admin';
import { DayField } from '../common/DayField';
import { UnitColumn } from '../common/UnitLinkField';
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

/** The list toolbar, with "Nhập từ văn bản" beside "create" for those who create plans. */
const PlanListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate ? <CreateButton data-testid="create-button" /> : null}
      {hasCreate ? <Button component={Link} to="/Plan/import" label="hoagiai.planImport.open" data-testid="plan-import-button"><PostAddIcon /></Button> : null}
      <ExportButton maxResults={500} />
    </TopToolbar>
  );
};

/** Plans the user may read: their units' own, and the plans of the units above addressed to them. */
export const PlanList = () => (
  <List
    filters={planFilters}
    actions={<PlanListActions />}
    empty={false}
    sort={{ field: 'issuedOn', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: PLAN_LIST_FIELDS } }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="title">
        <TextField source="title" sx={{ display: 'block', maxWidth: 520 }} />
      </DataTable.Col>
      <UnitColumn />
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
