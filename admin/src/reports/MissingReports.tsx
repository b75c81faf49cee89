import { useEffect, useState } from 'react';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { DayField } from '../common/DayField';
import { unitLabel } from '../common/unitLabel';
import type { UnitSummary } from '../types';
import { MISSING_REPORTS } from './reportActions';
import type { Report } from './types';

type Missing = { unitId: string; dueDate: string; daysLate: number; status: string | null; reportId: string | null; unit: UnitSummary | null };

/** The units below a district or province report's unit that have not submitted the same year's report. */
export const MissingReports = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [missing, setMissing] = useState<Missing[] | null>(null);
  const unitId = report?.unitId;
  const year = report?.year;
  const below = report?.unit?.level && report.unit.level !== 'COMMUNE';
  useEffect(() => {
    if (!below || unitId == null || year == null) return;
    let current = true;
    apolloClient.query<{ missingReports: Missing[] }>({ query: MISSING_REPORTS, variables: { unitId, year }, fetchPolicy: 'no-cache' })
      .then((result) => current && setMissing(result.data.missingReports))
      .catch(() => current && setMissing(null));
    return () => { current = false; };
  }, [below, unitId, year, report?.version]);
  if (!below || missing == null) return null;
  if (missing.length === 0) return <Alert severity="success">{translate('hoagiai.reports.noneMissing')}</Alert>;
  return (
    <>
      <Typography variant="subtitle1">{translate('hoagiai.reports.missing')}</Typography>
      <Table size="small" data-testid="missing-reports">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Report.fields.unitId')}</TableCell>
            <TableCell>{translate('resources.Report.fields.dueDate')}</TableCell>
            <TableCell>{translate('resources.Report.fields.daysLate')}</TableCell>
            <TableCell>{translate('resources.Report.fields.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {missing.map((m) => (
            <TableRow key={m.unitId}>
              <TableCell>{m.unit ? unitLabel(m.unit) : m.unitId}</TableCell>
              <TableCell><DayField source="dueDate" record={m} /></TableCell>
              <TableCell>{m.daysLate}</TableCell>
              <TableCell>
                {m.reportId ? <Link to={createPath({ resource: 'Report', id: m.reportId, type: 'show' })}>{translate(`hoagiai.reportStatus.${m.status}`)}</Link> : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
