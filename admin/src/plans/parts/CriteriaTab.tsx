import { useState } from 'react';
import { Box, Button as MuiButton, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { createPart, type TaskCriterion, updatePart } from './api';
import { kindChoices } from './choices';
import { CriterionFields, criterionInput, criterionValues } from './CriterionFields';
import { PartDialog, RowButtons, useChange, usePlanParts } from './usePlanParts';
import { WhenPlanWritable } from '../writable';

/** A line that says what a criterion asks, in the user's language. */
const useSummary = () => {
  const translate = useTranslate();
  return (c: TaskCriterion) => {
    const p = c.pilotSelection;
    if (!p) return translate(`hoagiai.planParts.kind.${c.kind}`);
    const what = translate(`hoagiai.planParts.candidateLevel.${p.candidateLevel}`);
    const priorities = p.priorities.map((priority, index) => `${index + 1}. ${translate(`hoagiai.planParts.priority.${priority}`)}`).join('; ');
    return `${translate(`hoagiai.planParts.kind.${c.kind}`)}: ${p.count ?? '…'} × ${what.toLowerCase()} — ${priorities}`;
  };
};

/** Tiêu chí nhiệm vụ: the criteria of each task, in order, each entered with the form of its kind. */
export const CriteriaTab = () => {
  const translate = useTranslate();
  const summary = useSummary();
  const { plan, parts, reload } = usePlanParts();
  const run = useChange(reload);
  const [editing, setEditing] = useState<TaskCriterion | 'new' | null>(null);
  if (!plan || !parts) return null;
  const taskChoices = parts.tasks.map((task) => ({ id: task.id, name: `${task.code}. ${task.title}` }));
  const onSubmit = (values: Record<string, unknown>) =>
    editing === 'new'
      ? run(() => createPart('TaskCriterion', { taskId: values.taskId, ...criterionInput(values) }))
      : run(() => updatePart('TaskCriterion', { id: (editing as TaskCriterion).id, version: (editing as TaskCriterion).version, ...criterionInput(values) }));
  const withCriteria = parts.tasks.filter((task) => task.criteria.length);
  return (
    <Stack spacing={2} data-testid="plan-parts-criteria">
      {withCriteria.length ? withCriteria.map((task) => (
        <Box key={task.id}>
          <Typography variant="subtitle1" fontWeight={600}>{task.code}. {task.title}</Typography>
          <Table size="small">
            <TableBody>
              {task.criteria.map((row, index) => (
                <TableRow key={row.id} data-testid={`criterion-${task.code}-${row.position}`}>
                  <TableCell width={40}>{row.position}</TableCell>
                  <TableCell>
                    <Typography variant="body2" fontWeight={600}>{summary(row)}</Typography>
                    <Typography variant="body2" color="text.secondary">{row.text}</Typography>
                  </TableCell>
                  <TableCell width={170}>
                    <RowButtons resource="TaskCriterion" row={row} last={index === task.criteria.length - 1} onEdit={() => setEditing(row)} run={run}
                      testId={`criterion-${task.code}-${row.position}`} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )) : <Typography color="text.secondary">{translate('hoagiai.planParts.none')}</Typography>}
      <Box>
        <WhenPlanWritable><MuiButton startIcon={<AddIcon />} disabled={!parts.tasks.length} onClick={() => setEditing('new')} data-testid="criterion-add">{translate('hoagiai.planParts.add')}</MuiButton></WhenPlanWritable>
      </Box>
      <PartDialog open={editing !== null} title={translate('hoagiai.planParts.criterion.title')} onClose={() => setEditing(null)} onSubmit={onSubmit} testId="criterion-form"
        defaultValues={criterionValues(editing && editing !== 'new' ? editing : null, parts.tasks[0]?.id)}>
        <Stack direction="row" spacing={2}>
          <SelectInput source="taskId" label="hoagiai.planParts.criterion.task" choices={taskChoices} validate={required()} disabled={editing !== 'new'} sx={{ minWidth: 300 }} />
          <SelectInput source="kind" label="hoagiai.planParts.criterion.kind" choices={kindChoices} validate={required()} />
        </Stack>
        <TextInput source="text" label="hoagiai.planParts.criterion.text" multiline minRows={2} fullWidth validate={required()} />
        <CriterionFields />
      </PartDialog>
    </Stack>
  );
};
