import { Alert, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Labeled, SelectField, Show, SimpleShowLayout, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DocumentMenu } from '../documents/DocumentMenu';
import { ExportChoice } from '../exports/ExportMenu';
import { reportTables } from './reportExports';
import { NumberField } from '../common/NumberField';
import { DayField, TimestampField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { MissingReports } from './MissingReports';
import { ReportStatusField, TimelinessField } from './ReportChips';
import { ReportFigures } from './ReportFigures';
import { ReportIndicatorValues } from './ReportIndicatorValues';
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
/** Prints the report on A4 (see print.css: the console's chrome and buttons are left out). */
const PrintButton = () => <Button label="hoagiai.reports.print" onClick={() => window.print()} data-testid="report-print"><PrintIcon /></Button>;

/** The report as a spreadsheet: its figures and the progress of each task. */
const ReportExport = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!report) return null;
  const name = `${translate('resources.Report.name', { smart_count: 1 })} ${report.unit?.name ?? report.unitId} ${report.year}`;
  return <ExportChoice name={name} build={async () => reportTables(report, { translate, locale })} />;
};

/** What the report is, printed above it: the unit, the year, the status and when it was due. */
const PrintHeading = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  if (!report) return null;
  return (
    <Typography variant="h5" className="print-only" sx={{ textAlign: 'center' }}>
      {translate('hoagiai.reports.printTitle', { unit: report.unit?.name ?? '', year: report.year })}
    </Typography>
  );
};

export const ReportShow = () => (
  <Show actions={<TopToolbar className="no-print"><WorkflowButtons /><PrintButton /><ReportExport /><DocumentMenu kind="reports" formats={['docx', 'xlsx']} /></TopToolbar>} queryOptions={{ meta: { sparseFields: REPORT_SHOW_FIELDS } }}
    className="report-print">
    <SimpleShowLayout>
      <PrintHeading />
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
      <Section title="hoagiai.catalogue.reported" />
      <ReportIndicatorValues />
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
