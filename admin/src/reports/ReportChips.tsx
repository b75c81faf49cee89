import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Report, ReportStatus, Timeliness } from './types';

const STATUS_COLOR: Record<ReportStatus, 'default' | 'info' | 'success'> = { DRAFT: 'default', SUBMITTED: 'info', APPROVED: 'success' };
const TIMELINESS_COLOR: Record<Timeliness, 'default' | 'success' | 'warning' | 'error'> = { NOT_DUE: 'default', ON_TIME: 'success', LATE: 'warning', OVERDUE: 'error' };

/** DRAFT / SUBMITTED / APPROVED as a coloured chip. */
export const ReportStatusField = (_props: Partial<FieldProps>) => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report) return null;
  return <Chip size="small" color={STATUS_COLOR[report.status]} label={translate(`hoagiai.reportStatus.${report.status}`)} data-testid="report-status" />;
};

/** On time, late (with days), not due, overdue. */
export const TimelinessField = (_props: Partial<FieldProps>) => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report) return null;
  const late = report.daysLate > 0 ? ` · ${translate('hoagiai.reports.daysLate', { days: report.daysLate, smart_count: report.daysLate })}` : '';
  return (
    <Chip size="small" variant="outlined" color={TIMELINESS_COLOR[report.timeliness]} label={`${translate(`hoagiai.timeliness.${report.timeliness}`)}${late}`}
      data-testid="report-timeliness" />
  );
};
