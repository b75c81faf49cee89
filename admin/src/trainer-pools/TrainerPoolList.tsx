import { Chip, Stack, Tooltip } from '@mui/material';
import { formatDay } from '../common/days';
import { DataTable, FunctionField, List, SearchInput, useTranslate } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { poolExport, poolExportFields } from '../exports/resources';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { POOL_LIST } from '../teams/groundSelections';
import type { TrainerPool } from '../teams/groundTypes';

const poolFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <DayInput key="activeOn" source="activeOn" />,
];

const today = () => new Date().toISOString().slice(0, 10);

/** "Có 6 / cần 1": trainers in the pool against Decision 315's requirement, explained in the tooltip. */
const Requirement = () => {
  const translate = useTranslate();
  return (
    <FunctionField<TrainerPool>
      render={(pool) => {
        const s = pool.shortfall;
        if (!s) return null;
        const figures = { actual: s.actualTrainers, required: s.requiredTrainers, ratio: s.teamsPerTrainer, teams: s.teamsUnder };
        const kinds = s.missingAgencyKinds.length ? ` · ${translate('hoagiai.ground.missingKinds')}: ${s.missingAgencyKinds.length}` : '';
        return (
          <Tooltip title={translate('hoagiai.ground.badgeHelp', figures)}>
            <Chip size="small" color={s.meetsRequirement ? 'success' : 'warning'} label={`${translate('hoagiai.ground.badge', figures)}${kinds}`}
              data-testid="pool-requirement" />
          </Tooltip>
        );
      }}
    />
  );
};

/** The period, and a mark on a pool whose period is over. */
const Period = () => {
  const translate = useTranslate();
  return (
    <FunctionField<TrainerPool>
      render={(pool) => (
        <Stack direction="row" spacing={1} alignItems="center">
          <DayField source="periodTo" record={pool} emptyText="—" />
          {pool.periodTo && pool.periodTo < today() ? (
            <Tooltip title={translate('hoagiai.ground.expiredHelp')}>
              <Chip size="small" variant="outlined" label={translate('hoagiai.ground.expired', { day: formatDay(pool.periodTo) })} data-testid="pool-expired" />
            </Tooltip>
          ) : null}
        </Stack>
      )}
    />
  );
};

/** The pools of the user's province or district, and those above it whose trainers teach there. */
export const TrainerPoolList = () => (
  <List filters={poolFilters} actions={<ListActions exporter={<ListExport columns={poolExport} fields={poolExportFields} />} />} empty={false} sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: POOL_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <UnitColumn />
      <DataTable.Col source="periodFrom">
        <DayField source="periodFrom" />
      </DataTable.Col>
      <DataTable.Col source="periodTo">
        <Period />
      </DataTable.Col>
      <DataTable.Col source="shortfall" label="hoagiai.ground.badgeColumn" disableSort>
        <Requirement />
      </DataTable.Col>
    </DataTable>
  </List>
);
