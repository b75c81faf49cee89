import type { ReactElement, ReactNode } from 'react';
import { Create, DataTable, Edit, Labeled, List, NumberInput, SearchInput, SimpleForm, required, type CreateProps, type EditProps } from 'react-admin';
import { useBulkDelete } from '../common/bulkDelete';
import { useLatestDataYear } from '../common/latestDataYear';
import { ListActions } from '../common/ListActions';
import { YearField } from '../common/NumberField';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import type { ExportColumn } from '../exports/columns';
import { ListExport } from '../exports/ExportMenu';
import { TeamLinkField } from './TeamLinkField';
import { TeamReferenceInput } from './TeamReferenceInput';

/**
 * What the screens of a yearly record share (a team's review and case counts, a commune's
 * access-to-law assessment): a record is one team's or one commune's for one year, and both stay
 * what they are once the record is made.
 */
type YearlyRecord = { byTeam: boolean };

/** Search, the unit and the year always shown; the team when the record is a team's; then `more`. */
export function yearlyRecordFilters({ byTeam }: YearlyRecord, ...more: ReactElement[]): ReactElement[] {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
    <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
    ...(byTeam ? [<TeamReferenceInput key="teamId" source="teamId" />] : []),
    ...more,
  ];
}

/**
 * The list, the latest year first: the year, the team, the unit (the commune the record was made
 * in, for a team that moved since), then the record's own `children` columns. Bulk deletion is
 * offered to those who may change the records.
 */
export function YearlyRecordList<R>({ byTeam, filters, exportColumns, children }: YearlyRecord & {
  filters: ReactElement[];
  exportColumns: ExportColumn<R>[];
  children: ReactNode;
}) {
  const bulkDelete = useBulkDelete();
  return (
    <List filters={filters} actions={<ListActions exporter={<ListExport columns={exportColumns} />} />} empty={false} sort={{ field: 'year', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={bulkDelete}>
        {[
          <DataTable.Col key="year" source="year">
            <YearField source="year" />
          </DataTable.Col>,
          ...(byTeam ? [
            <DataTable.Col key="team" source="team" disableSort>
              <TeamLinkField source="team" />
            </DataTable.Col>,
          ] : []),
          <DataTable.Col key="unitId" source="unitId" disableSort>
            <UnitLinkField source="unit" />
          </DataTable.Col>,
        ]}
        {children}
      </DataTable>
    </List>
  );
}

/**
 * The edit form: the record's team, unit and year shown, not editable, then its own `children`
 * inputs. Pessimistic: the update carries the version the form was loaded with, and a CONFLICT
 * must reach the user before the page shows the edit as done.
 */
export function YearlyRecordEdit({ byTeam, transform, children }: YearlyRecord & {
  transform?: EditProps['transform'];
  children: ReactNode;
}) {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={transform}>
      <SimpleForm>
        {byTeam && (
          <Labeled source="team">
            <TeamLinkField source="team" />
          </Labeled>
        )}
        <Labeled source="unitId">
          <UnitLinkField source="unit" />
        </Labeled>
        <Labeled source="year">
          <YearField source="year" />
        </Labeled>
        {children}
      </SimpleForm>
    </Edit>
  );
}

/**
 * The create form: the team (or, for a commune's record, a commune the user writes), the year, then
 * the record's own `children` inputs, starting from `defaults`. The year starts on the latest the
 * user has data for (2024 for a commune the 2025 reform abolished), once the server has said which;
 * the form waits for it, as its default values are read once. The team's page opens the form with
 * its team filled in.
 */
export function YearlyRecordCreate({ byTeam, defaults, transform, children }: YearlyRecord & {
  defaults: Record<string, unknown>;
  transform?: CreateProps['transform'];
  children: ReactNode;
}) {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show" transform={transform}>
      <SimpleForm defaultValues={{ ...defaults, year }}>
        {byTeam
          ? <TeamReferenceInput source="teamId" validate={required()} />
          : <UnitReferenceInput source="unitId" writable level="COMMUNE" validate={required()} />}
        <WholeNumberInput source="year" validate={recordYear} />
        {children}
      </SimpleForm>
    </Create>
  );
}
