import type { ReactElement } from 'react';
import { Alert, Box, List as MuiList, ListItem, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import {
  EditButton, FunctionField, Labeled, Link, NumberField, SelectField, Show, TabbedShowLayout, TabbedShowLayoutTabs, TextField, TopToolbar, useCreatePath,
  useRecordContext, useTranslate,
} from 'react-admin';
import { DayField, TimestampField } from '../common/DayField';
import { formatDay } from '../common/days';
import { DocumentMenu } from '../documents/DocumentMenu';
import { UnitLinkField } from '../common/UnitLinkField';
import { AgencyChips } from './AgencyChips';
import { Amendments } from './Amendments';
import { BudgetTree } from './BudgetTree';
import { planStatusChoices } from './choices';
import { CascadeButton, TransitionButton } from './PlanButtons';
import { PlanTasks } from './PlanTasks';
import { CopyPlanButton, CriteriaTab, ReportingRulesTab, ResponsibilitiesTab } from './parts';
import { CarryOverLinks, CarryOverPlanButton } from '../reform/CarryOverPlanButton';
import { PLAN_SHOW_FIELDS } from './selections';
import { TaskEditor, TargetEditor } from './editor/TaskEditor';
import { TextPartsEditor } from './editor/TextPartsEditor';
import type { LegalDocument, Plan } from './types';
import { WhenPlanWritable } from './writable';

const documentText = (d: LegalDocument) => [d.numberSymbol, d.issuedOn ? formatDay(d.issuedOn) : d.issuedYear, d.issuingBody].filter(Boolean).join(' · ') + ` — ${d.title}`;

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A part of the summary shown only when the plan has it: a plan known only by reference, or a draft
 * just begun, has no preamble, purposes or source, and a label over nothing reads as missing data.
 * (As a child of a tab, `label={false}` keeps the tab from labelling this wrapper: it labels its field itself.)
 */
const Filled = ({ source, children }: { source: keyof Plan & string; label?: false; children: ReactElement }) => {
  const plan = useRecordContext<Plan>();
  return !plan || isEmpty(plan[source]) ? null : <Labeled source={source}>{children}</Labeled>;
};

/** An ordered list of texts (purposes, requirements, objectives, recipients). */
const Items = ({ source }: { source: 'purposes' | 'requirements' | 'objectives' | 'recipients' }) => {
  const plan = useRecordContext<Plan>();
  return (
    <Typography component="ol" variant="body2" sx={{ m: 0, pl: 2.5 }} data-testid={`plan-${source}`}>
      {(plan?.[source] ?? []).map((item, index) => <li key={index}>{item}</li>)}
    </Typography>
  );
};

/** The plan's own texts, those it has, each under its label (one part of the tab: no gaps where a text is missing). */
const PlanTexts = (_: { label: false }) => (
  <Stack spacing={1}>
    <Filled source="preamble"><TextField source="preamble" sx={{ whiteSpace: 'pre-line' }} /></Filled>
    {(['purposes', 'requirements', 'objectives'] as const).map((source) => <Filled key={source} source={source}><Items source={source} /></Filled>)}
    <Filled source="sourceNote"><TextField source="sourceNote" /></Filled>
  </Stack>
);

/** What the plan implements, up to the root: 127/KH-UBND → 156/KH-UBND → 05-CT/TU. */
const ImplementsChain = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const chain = plan?.document?.implementsChain ?? [];
  if (!chain.length) return null;
  return (
    <Labeled label={translate('hoagiai.plans.chain')}>
      <Stack data-testid="plan-chain" sx={{ typography: 'body2' }}>
        {plan?.parent ? <Link to={createPath({ resource: 'Plan', id: plan.parent.id, type: 'show' })}>{documentText(chain[0])}</Link> : <span>{documentText(chain[0])}</span>}
        {chain.slice(1).map((d) => <span key={String(d.id)}>↳ {documentText(d)}</span>)}
      </Stack>
    </Labeled>
  );
};

const Organisation = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan) return null;
  return (
    <Stack spacing={2}>
      {plan.responsibilitiesPreamble ? <Typography>{plan.responsibilitiesPreamble}</Typography> : null}
      <MuiList dense data-testid="plan-responsibilities">
        {(plan.responsibilities ?? []).map((r) => (
          <ListItem key={String(r.id)} sx={{ display: 'block' }}>
            <Typography variant="body2">{r.isRequest ? `[${translate('hoagiai.plans.request')}] ` : ''}{r.text}</Typography>
            <AgencyChips title={translate('hoagiai.plans.responsibilities')} agencies={r.agencies} />
          </ListItem>
        ))}
      </MuiList>
      {plan.fundingSource ? <Labeled source="fundingSource"><TextField source="fundingSource" /></Labeled> : null}
      {(plan.reportingRules ?? []).map((rule) => (
        <Labeled key={String(rule.id)} label={translate('hoagiai.plans.reporting')}>
          <Typography variant="body2">
            {translate('hoagiai.plans.reportingRule', {
              frequency: translate(`hoagiai.scheduleKind.${rule.frequency === 'YEARLY' ? 'YEARLY' : 'ONCE'}`).toLowerCase(),
              before: translate(rule.dueBefore ? 'hoagiai.plans.before' : 'hoagiai.plans.by'),
              day: rule.dueDay, month: rule.dueMonth, to: rule.receivingLabel ?? '',
            })}
          </Typography>
        </Labeled>
      ))}
      {plan.signerName || plan.signerCapacity ? (
        <Labeled label={translate('hoagiai.plans.signer')}>
          <Box sx={{ textAlign: 'center', width: 'fit-content' }} data-testid="plan-signer">
            {[plan.signerOnBehalfOf, plan.signerSignsFor, plan.signerCapacity, plan.signerName].filter(Boolean).map((line, index) => <div key={index}>{line}</div>)}
          </Box>
        </Labeled>
      ) : null}
      <Filled source="recipients"><Items source="recipients" /></Filled>
      {plan.archive ? <Typography variant="body2" data-testid="plan-archive">Lưu: {plan.archive}</Typography> : null}
    </Stack>
  );
};

const Children = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!plan) return null;
  const status = plan.cascadeStatus;
  return (
    <Stack spacing={2}>
      <Typography data-testid="plan-cascade-status">
        {status?.total ? translate('hoagiai.plans.cascade.status', status) : translate('hoagiai.plans.cascade.none')}
      </Typography>
      <Table size="small">
        <TableBody>
          {(plan.children ?? []).map((child) => (
            <TableRow key={String(child.id)}>
              <TableCell><Link to={createPath({ resource: 'Plan', id: child.id, type: 'show' })}>{child.unit.name}</Link></TableCell>
              <TableCell>{child.number ?? '—'}</TableCell>
              <TableCell>{translate(`hoagiai.planStatus.${child.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};

const PlanShowActions = () => (
  <TopToolbar>
    <TransitionButton />
    <CascadeButton />
    <DocumentMenu kind="plans" formats={['docx', 'pdf']} />
    <CopyPlanButton />
    <CarryOverPlanButton />
    <WhenPlanWritable><EditButton /></WhenPlanWritable>
  </TopToolbar>
);

const ContentUnknown = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  return plan && !plan.contentKnown ? <Alert severity="info">{translate('hoagiai.plans.contentUnknown')}</Alert> : null;
};

export const PlanShow = () => (
  <Show actions={<PlanShowActions />} queryOptions={{ meta: { sparseFields: PLAN_SHOW_FIELDS } }}>
    {/* Twelve tabs are wider than most windows: they scroll, with arrows, rather than widen the page
        (a scroller of no width of its own, grown to the row's, asks the page for no room). */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ '& .MuiTabs-scroller': { width: 0 } }} />}>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.summary">
        <ContentUnknown />
        <TextField source="number" />
        <TextField source="title" />
        <UnitLinkField source="unit" label="resources.Plan.fields.unitId" />
        <Filled source="issuingBody" label={false}><TextField source="issuingBody" /></Filled>
        <Filled source="issuedOn" label={false}><DayField source="issuedOn" /></Filled>
        <SelectField source="status" choices={planStatusChoices} />
        <FunctionField<Plan> source="periodFrom" label="hoagiai.plans.period" render={(p) => (p.periodFrom ? `${p.periodFrom}–${p.periodTo ?? ''}` : '')} />
        <ImplementsChain />
        <CarryOverLinks />
        <PlanTexts label={false} />
        <NumberField source="version" />
        <TimestampField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.tasks" path="tasks">
        <PlanTasks />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.budget" path="budget">
        <BudgetTree />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.organisation" path="organisation">
        <Organisation />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.planParts.tabs.responsibilities" path="responsibilities">
        <ResponsibilitiesTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.planParts.tabs.reportingRules" path="reporting-rules">
        <ReportingRulesTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.planParts.tabs.criteria" path="criteria">
        <CriteriaTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.cascade" path="cascade">
        <Children />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.plans.tabs.amendments" path="amendments">
        <Amendments />
      </TabbedShowLayout.Tab>
      {/* The editor (issue 7a): tasks, targets, text parts and documents; the budget tab edits the appendix. */}
      <TabbedShowLayout.Tab label="hoagiai.planEditor.tabs.tasks" path="edit-tasks">
        <TaskEditor />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.planEditor.tabs.targets" path="edit-targets">
        <TargetEditor />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="hoagiai.planEditor.tabs.text" path="edit-text">
        <TextPartsEditor />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
