import { useState } from 'react';
import { Box, Button as MuiButton, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  AutocompleteInput, CheckboxGroupInput, NumberInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput, required, useTranslate,
} from 'react-admin';
import { createPart, type ReportingRule, updatePart } from './api';
import { dueBeforeChoices, frequencyChoices, levelChoices } from './choices';
import { blankToNull, PartDialog, RowButtons, useChange, usePlanParts } from './usePlanParts';
import { WhenPlanWritable } from '../writable';

type Values = Omit<Partial<ReportingRule>, 'dueBefore'> & { dueBefore?: 'BEFORE' | 'BY' };

const toInput = (values: Values) => ({
  frequency: values.frequency, dueDay: blankToNull(values.dueDay), dueMonth: blankToNull(values.dueMonth), dueBefore: values.dueBefore !== 'BY',
  reporterLevels: values.reporterLevels ?? [], reporters: blankToNull(values.reporters), receivingAgencyId: blankToNull(values.receivingAgencyId),
  receivingLabel: blankToNull(values.receivingLabel), forwardedTo: blankToNull(values.forwardedTo), note: blankToNull(values.note),
});

/** Chế độ báo cáo: how often, by when ("trước ngày 15/11"), who reports, to whom and on to whom. */
export const ReportingRulesTab = () => {
  const translate = useTranslate();
  const { plan, parts, reload } = usePlanParts();
  const run = useChange(reload);
  const [editing, setEditing] = useState<ReportingRule | 'new' | null>(null);
  if (!plan || !parts) return null;
  const rows = parts.reportingRules;
  const onSubmit = (values: Record<string, unknown>) =>
    editing === 'new'
      ? run(() => createPart('ReportingRule', { planId: plan.id, ...toInput(values as Values) }))
      : run(() => updatePart('ReportingRule', { id: (editing as ReportingRule).id, version: (editing as ReportingRule).version, ...toInput(values as Values) }));
  const summary = (rule: ReportingRule) => translate('hoagiai.planParts.rule.summary', {
    frequency: translate(`hoagiai.planParts.frequency.${rule.frequency}`),
    before: translate(rule.dueBefore ? 'hoagiai.planParts.rule.before' : 'hoagiai.planParts.rule.by'),
    day: rule.dueDay ?? '…', month: rule.dueMonth ?? '…', to: rule.receivingLabel ?? '…',
  });
  return (
    <Stack spacing={2} data-testid="plan-parts-rules">
      {rows.length ? (
        <Table size="small">
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.id} data-testid={`rule-${row.position}`}>
                <TableCell width={40}>{row.position}</TableCell>
                <TableCell>
                  <Typography variant="body2" fontWeight={600}>{summary(row)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {row.reporterLevels.map((level) => translate(`hoagiai.planParts.level.${level}`)).join(', ')}
                    {row.forwardedTo ? ` → ${row.forwardedTo}` : ''}
                  </Typography>
                </TableCell>
                <TableCell width={170}>
                  <RowButtons resource="ReportingRule" row={row} last={index === rows.length - 1} onEdit={() => setEditing(row)} run={run} testId={`rule-${row.position}`} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : <Typography color="text.secondary">{translate('hoagiai.planParts.none')}</Typography>}
      <WhenPlanWritable><Box><MuiButton startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="rule-add">{translate('hoagiai.planParts.add')}</MuiButton></Box></WhenPlanWritable>
      <PartDialog open={editing !== null} title={translate('hoagiai.planParts.rule.title')} onClose={() => setEditing(null)} onSubmit={onSubmit} testId="rule-form"
        defaultValues={editing && editing !== 'new'
          ? { ...editing, dueBefore: editing.dueBefore ? 'BEFORE' : 'BY', receivingAgencyId: editing.receivingAgencyId ?? '' }
          : { frequency: 'YEARLY', dueBefore: 'BEFORE', reporterLevels: [], receivingAgencyId: '' }}>
        <SelectInput source="frequency" label="hoagiai.planParts.rule.frequency" choices={frequencyChoices} validate={required()} />
        <Stack direction="row" spacing={2}>
          <RadioButtonGroupInput source="dueBefore" label="hoagiai.planParts.rule.dueBefore" choices={dueBeforeChoices} />
          <NumberInput source="dueDay" label="hoagiai.planParts.rule.dueDay" min={1} max={31} />
          <NumberInput source="dueMonth" label="hoagiai.planParts.rule.dueMonth" min={1} max={12} />
        </Stack>
        <CheckboxGroupInput source="reporterLevels" label="hoagiai.planParts.rule.reporterLevels" choices={levelChoices} />
        <TextInput source="reporters" label="hoagiai.planParts.rule.reporters" fullWidth />
        <ReferenceInput source="receivingAgencyId" reference="Agency" perPage={50}>
          <AutocompleteInput optionText="name" label="hoagiai.planParts.rule.receivingAgencyId" fullWidth />
        </ReferenceInput>
        <TextInput source="receivingLabel" label="hoagiai.planParts.rule.receivingLabel" fullWidth />
        <TextInput source="forwardedTo" label="hoagiai.planParts.rule.forwardedTo" fullWidth />
        <TextInput source="note" label="hoagiai.planParts.rule.note" multiline minRows={2} fullWidth />
      </PartDialog>
    </Stack>
  );
};
