import { List as MuiList, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { CorrectionButton } from './CorrectionDialog';
import type { Report } from './types';

const useMoment = () => {
  const [locale] = useLocaleState();
  return (at: string) => new Date(at).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');
};

/** Progress on each task of the plan reported on; a draft's text can be corrected like a figure. */
export const TaskProgressList = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report?.taskProgress?.length) return null;
  return (
    <MuiList dense data-testid="report-progress">
      {report.taskProgress.map((task) => (
        <ListItem key={String(task.taskId)} sx={{ display: 'block' }}>
          <ListItemText primary={`${task.code}. ${task.title}`} secondary={`${task.text}${task.corrected ? ` (${translate('hoagiai.reports.corrected')})` : ''}`} />
          <CorrectionButton field={`taskProgress.${task.taskId}`} label={`${task.code}. ${task.title}`} current={task.text} multiline />
        </ListItem>
      ))}
    </MuiList>
  );
};

/** Every correction with the computed value, the value replaced, the new value and why. */
export const CorrectionsTable = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const moment = useMoment();
  if (!report?.corrections?.length) return <Typography variant="body2">—</Typography>;
  return (
    <Table size="small" data-testid="report-corrections">
      <TableHead>
        <TableRow>
          <TableCell>{translate('hoagiai.reports.figure')}</TableCell>
          <TableCell>{translate('hoagiai.reports.computed')}</TableCell>
          <TableCell>{translate('hoagiai.reports.value')}</TableCell>
          <TableCell>{translate('hoagiai.reports.reason')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {report.corrections.map((c) => (
          <TableRow key={String(c.id)}>
            <TableCell>{c.field.startsWith('taskProgress.') ? c.field : translate(`hoagiai.figure.${c.field}`)}</TableCell>
            <TableCell>{c.computed}</TableCell>
            <TableCell>{c.value}</TableCell>
            <TableCell>{c.reason}</TableCell>
            <TableCell>{moment(c.correctedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Generated, corrected, submitted (on time or late), approved, reopened (with the reason). */
export const ReportEvents = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const moment = useMoment();
  if (!report?.events?.length) return null;
  return (
    <MuiList dense data-testid="report-events">
      {report.events.map((e) => {
        const timing = e.onTime == null ? '' : ` (${translate(e.onTime ? 'hoagiai.reports.onTime' : 'hoagiai.reports.late')})`;
        const who = e.userId ? ` · ${translate('hoagiai.reports.by', { id: e.userId })}` : '';
        return (
          <ListItem key={String(e.id)}>
            <ListItemText primary={`${translate(`hoagiai.reports.event.${e.kind}`)}${timing}${e.reason ? `: ${e.reason}` : ''}`} secondary={`${moment(e.at)}${who}`} />
          </ListItem>
        );
      })}
    </MuiList>
  );
};
