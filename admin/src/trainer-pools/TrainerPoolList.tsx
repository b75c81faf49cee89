import { Chip } from '@mui/material';
import { DataTable, DateInput, FunctionField, List, SearchInput, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { POOL_LIST } from '../teams/groundSelections';
import type { TrainerPool } from '../teams/groundTypes';

const poolFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" />,
];

const Requirement = () => {
  const translate = useTranslate();
  return (
    <FunctionField<TrainerPool>
      render={(pool) => pool.shortfall ? (
        <Chip size="small" color={pool.shortfall.meetsRequirement ? 'success' : 'warning'}
          label={`${pool.shortfall.actualTrainers} / ${pool.shortfall.requiredTrainers}${pool.shortfall.missingAgencyKinds.length ? ` · ${translate('hoagiai.ground.missingKinds')}: ${pool.shortfall.missingAgencyKinds.length}` : ''}`} />
      ) : null}
    />
  );
};

/** The pools of the user's province or district, and those above it whose trainers teach there. */
export const TrainerPoolList = () => (
  <List filters={poolFilters} actions={<ListActions />} empty={false} sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: POOL_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="unitId" disableSort>
        <UnitLinkField source="unit" />
      </DataTable.Col>
      <DataTable.Col source="periodFrom">
        <DayField source="periodFrom" />
      </DataTable.Col>
      <DataTable.Col source="periodTo">
        <DayField source="periodTo" />
      </DataTable.Col>
      <DataTable.Col source="shortfall" disableSort>
        <Requirement />
      </DataTable.Col>
    </DataTable>
  </List>
);
