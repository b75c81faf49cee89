import { useEffect, useState } from 'react';
import { Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  Button, CreateButton, DataTable, FilterButton, FunctionField, List, Loading, NullableBooleanInput, SearchInput, SelectField, SelectInput, TopToolbar,
  useCreate, useNotify, useRedirect, useResourceDefinition, useTranslate,
} from 'react-admin';
import { levelChoices } from '../common/choices';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListExport } from '../exports/ExportMenu';
import { graphqlRequest } from '../graphql/request';
import { obligationExport } from './reportExports';
import { REPORT_SHOW_FIELDS } from './selections';
import type { ReportObligation, ReportStatus, Timeliness } from './types';

const FIRST_YEAR = 2021;

/** The years a report can be about: from the first plans on record to this year (a year not started has no report). */
const yearChoices = () => {
  const last = new Date().getFullYear();
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i).map((year) => ({ id: year, name: String(year) }));
};

const filters = [
  <SelectInput key="year" source="year" choices={yearChoices()} translateChoice={false} alwaysOn label="hoagiai.reports.obligations.year" emptyText="—" />,
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="withinUnitId" source="withinUnitId" alwaysOn />,
  <NullableBooleanInput key="outstanding" source="outstanding" label="hoagiai.reports.obligations.outstanding" alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
];

const STATUS_COLOR: Record<ReportStatus, 'default' | 'info' | 'success'> = { DRAFT: 'default', SUBMITTED: 'info', APPROVED: 'success' };
const TIMELINESS_COLOR: Record<Timeliness, 'default' | 'success' | 'warning' | 'error'> = { NOT_DUE: 'default', ON_TIME: 'success', LATE: 'warning', OVERDUE: 'error' };

const Status = () => {
  const translate = useTranslate();
  return (
    <FunctionField<ReportObligation>
      render={(o) => (
        <Chip size="small" color={o.status ? STATUS_COLOR[o.status] : 'warning'} variant={o.status ? 'filled' : 'outlined'} data-testid="obligation-status"
          label={o.status ? translate(`hoagiai.reportStatus.${o.status}`) : translate('hoagiai.reports.obligations.notGenerated')} />
      )}
    />
  );
};

const Timing = () => {
  const translate = useTranslate();
  return (
    <FunctionField<ReportObligation>
      render={(o) => (
        <Chip size="small" variant="outlined" color={TIMELINESS_COLOR[o.timeliness]} data-testid="obligation-timeliness"
          label={`${translate(`hoagiai.timeliness.${o.timeliness}`)}${o.daysLate > 0 ? ` · ${translate('hoagiai.reports.daysLate', { days: o.daysLate, smart_count: o.daysLate })}` : ''}`} />
      )}
    />
  );
};

/** Open the report, or generate it where the user writes the unit and none exists yet. */
const Open = () => {
  const redirect = useRedirect();
  const notify = useNotify();
  const { hasCreate } = useResourceDefinition({ resource: 'Report' });
  const [create, { isPending }] = useCreate();
  return (
    <FunctionField<ReportObligation>
      render={(o) => {
        if (o.reportId) return <Button label="hoagiai.reports.obligations.view" onClick={(e) => { e.stopPropagation(); redirect('show', 'Report', o.reportId!); }} />;
        if (!o.writable || !hasCreate) return null;
        const generate = (e: React.MouseEvent) => {
          e.stopPropagation();
          create('Report', { data: { unitId: o.unitId, year: o.year }, meta: { sparseFields: REPORT_SHOW_FIELDS } }, {
            onSuccess: (report) => redirect('show', 'Report', report.id),
            onError: (error) => notify((error as Error).message, { type: 'error' }),
          });
        };
        return <Button label="hoagiai.reports.obligations.generate" onClick={generate} disabled={isPending} data-testid="obligation-generate"><AddIcon /></Button>;
      }}
    />
  );
};

const Actions = () => {
  const { hasCreate } = useResourceDefinition({ resource: 'Report' });
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate ? <CreateButton resource="Report" label="hoagiai.reports.generate" data-testid="create-button" /> : null}
      <ListExport columns={obligationExport} />
    </TopToolbar>
  );
};

const ObligationsTitle = () => {
  const translate = useTranslate();
  return <>{translate('resources.Report.name', { smart_count: 2 })}</>;
};

/** The latest year a plan the user reads asks reports for: the list opens on it. */
const useReportingYear = () => {
  const [year, setYear] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    graphqlRequest<{ reportingYear: number | null }>('{ reportingYear }')
      .then((data) => setYear(data.reportingYear ?? new Date().getFullYear() - 1))
      .catch(() => setYear(new Date().getFullYear() - 1));
  }, []);
  return year;
};

/**
 * Every report the units in the user's scope owe for the year (by the plans' reporting rules):
 * the due, late and missing ones, generated or not, each opened or generated from its row.
 */
export const ReportList = () => {
  const year = useReportingYear();
  if (year === undefined) return <Loading />;
  return (
    <List resource="ReportObligation" title={<ObligationsTitle />} filters={filters} filterDefaultValues={{ year }} actions={<Actions />}
      empty={false} sort={{ field: 'unitId', order: 'ASC' }} perPage={25} storeKey="Report.obligations">
      <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.reportId ? `/Report/${record.reportId}/show` : false)}
        data-testid="report-obligations">
        <DataTable.Col source="unitId" label="resources.Report.fields.unitId">
          <UnitLinkField source="unit" />
        </DataTable.Col>
        <DataTable.Col source="unit.level" label="resources.Report.fields.level">
          <SelectField source="unit.level" choices={levelChoices} />
        </DataTable.Col>
        <DataTable.Col source="dueDate" label="resources.Report.fields.dueDate" field={DayField} />
        <DataTable.Col source="status" label="resources.Report.fields.status"><Status /></DataTable.Col>
        <DataTable.Col source="timeliness" label="resources.Report.fields.timeliness"><Timing /></DataTable.Col>
        <DataTable.Col source="submittedAt" label="resources.Report.fields.submittedAt" field={TimestampField} />
        <DataTable.Col disableSort><Open /></DataTable.Col>
      </DataTable>
    </List>
  );
};
