import { Alert, Stack, Typography } from '@mui/material';
import { Labeled, NumberField, SelectField, Show, SimpleShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { MissingReports } from './MissingReports';
import { ReportStatusField, TimelinessField } from './ReportChips';
import { ReportFigures } from './ReportFigures';
import { CorrectionsTable, ReportEvents, TaskProgressList } from './ReportHistory';
import { REPORT_SHOW_FIELDS } from './selections';
import type { Report } from './types';
import { WorkflowButtons } from './WorkflowButtons';

const basisChoices = ['REPORTER_LEVEL', 'PLAN_OWNER', 'CONSOLIDATING'].map((id) => ({ id, name: `hoagiai.reportBasis.${id}` }));

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return <Typography variant="h6" sx={{ mt: 2 }}>{translate(title)}</Typography>;
};

const Locked = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  return report?.status === 'APPROVED' ? <Alert severity="info">{translate('hoagiai.reports.locked')}</Alert> : null;
};

/** A yearly report: status and timeliness, figures with corrections, progress per task, history, and what is missing below. */
export const ReportShow = () => (
  <Show actions={<TopToolbar><WorkflowButtons /></TopToolbar>} queryOptions={{ meta: { sparseFields: REPORT_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <Locked />
      <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
        <UnitLinkField source="unit" label="resources.Report.fields.unitId" />
        <Labeled source="year"><NumberField source="year" options={{ useGrouping: false }} /></Labeled>
        <Labeled source="status"><ReportStatusField /></Labeled>
        <Labeled source="timeliness"><TimelinessField /></Labeled>
        <Labeled source="dueDate"><DayField source="dueDate" /></Labeled>
        <Labeled source="submittedAt"><TimestampField source="submittedAt" emptyText="—" /></Labeled>
        <Labeled source="approvedAt"><TimestampField source="approvedAt" emptyText="—" /></Labeled>
        <Labeled source="computedAt"><TimestampField source="computedAt" /></Labeled>
        <Labeled source="basis"><SelectField source="basis" choices={basisChoices} /></Labeled>
      </Stack>
      <Section title="hoagiai.reports.figures" />
      <ReportFigures />
      <Section title="hoagiai.reports.progress" />
      <TaskProgressList />
      <MissingReports />
      <Section title="hoagiai.reports.corrections" />
      <CorrectionsTable />
      <Section title="hoagiai.reports.events" />
      <ReportEvents />
    </SimpleShowLayout>
  </Show>
);
