import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale, numberFormat } from '../common/numbers';
import { CorrectionButton } from './CorrectionDialog';
import type { Correction, Report } from './types';

const TASK_PROGRESS = 'taskProgress.';

const useMoment = () => {
  const [locale] = useLocaleState();
  return (at: string) => new Date(at).toLocaleString(intlLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
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
          <CorrectionButton field={`${TASK_PROGRESS}${task.taskId}`} label={`${task.code}. ${task.title}`} current={task.text} multiline />
        </ListItem>
      ))}
    </MuiList>
  );
};

/** A value of a correction in words: a count as the language writes it, a text in quotes, nothing as a dash. */
const useValueInWords = () => {
  const [locale] = useLocaleState();
  const { number } = numberFormat(locale);
  return (value: string | null) => {
    if (value == null || value === '') return '—';
    return /^\d+$/.test(value) ? number(Number(value)) : `“${value}”`;
  };
};

/** What was corrected, in words: the figure's name, or the task's code and title. */
const useCorrectedThing = (report: Report | undefined) => {
  const translate = useTranslate();
  return (correction: Correction) => {
    if (!correction.field.startsWith(TASK_PROGRESS)) return translate(`hoagiai.figure.${correction.field}`);
    const task = report?.taskProgress?.find((t) => String(t.taskId) === correction.field.slice(TASK_PROGRESS.length));
    return translate('hoagiai.reports.history.task', { task: task ? `${task.code}. ${task.title}` : correction.field.slice(TASK_PROGRESS.length) });
  };
};

/** Every correction as a sentence: who, what, from which value to which, the computed value, why, when. */
export const CorrectionsTable = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const moment = useMoment();
  const inWords = useValueInWords();
  const thing = useCorrectedThing(report);
  if (!report?.corrections?.length) return <Typography variant="body2">—</Typography>;
  return (
    <MuiList dense data-testid="report-corrections">
      {report.corrections.map((c) => (
        <ListItem key={String(c.id)} disableGutters>
          <ListItemText
            primary={translate('hoagiai.reports.history.correction', {
              who: c.correctedByName ?? translate('hoagiai.reports.history.someone'),
              figure: thing(c), previous: inWords(c.previous), value: inWords(c.value), computed: inWords(c.computed), reason: c.reason,
            })}
            secondary={moment(c.correctedAt)}
          />
        </ListItem>
      ))}
    </MuiList>
  );
};

/** Generated, corrected, submitted (on time or late), approved, reopened (with the reason): who did it, by name, and when. */
export const ReportEvents = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const moment = useMoment();
  if (!report?.events?.length) return null;
  return (
    <MuiList dense data-testid="report-events">
      {report.events.map((e) => (
        <ListItem key={String(e.id)} disableGutters>
          <ListItemText
            primary={translate(`hoagiai.reports.history.${e.kind}`, {
              who: e.userName ?? translate('hoagiai.reports.history.someone'),
              reason: e.reason ?? '',
              timing: translate(e.onTime ? 'hoagiai.reports.onTime' : 'hoagiai.reports.late'),
            })}
            secondary={moment(e.at)}
          />
        </ListItem>
      ))}
    </MuiList>
  );
};
