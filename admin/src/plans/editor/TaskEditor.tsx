import { useState } from 'react';
import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocaleState, useTranslate } from 'react-admin';
import { CREATE_TARGET, CREATE_TASK, DELETE_TARGET, DELETE_TASK, MOVE_TASK, UPDATE_TARGET, UPDATE_TASK } from './api';
import { RefusalContext } from './fields';
import { MoveDialog } from './MoveDialog';
import { TargetDialog } from './TargetDialog';
import { TaskDialog } from './TaskDialog';
import { targetText } from './targetText';
import { usePlanEditor, type EditorPlan, type EditorTarget, type EditorTask } from './usePlanEditor';
import { PlanReadOnly, usePlanWritable } from '../writable';

type Open =
  | { kind: 'task'; task: EditorTask | null; code?: string }
  | { kind: 'move'; task: EditorTask }
  | { kind: 'target'; target: EditorTarget | null; taskId: string | null };

const timingText = (task: EditorTask, translate: (key: string, options?: Record<string, unknown>) => string) => {
  if (task.scheduleNote) return task.scheduleNote;
  if (!task.scheduleKind) return '';
  const parts = [translate(`hoagiai.planEditor.timings.${task.scheduleKind}`)];
  if (task.scheduleYear) parts.push(task.scheduleYearTo ? `${task.scheduleYear}–${task.scheduleYearTo}` : String(task.scheduleYear));
  if (task.scheduleQuarter) parts.push(translate(`hoagiai.planEditor.quarters.${task.scheduleQuarter}`));
  if (task.scheduleBeforeMonth) parts.push(translate('hoagiai.planEditor.beforeDate', { day: task.scheduleBeforeDay, month: task.scheduleBeforeMonth }));
  return parts.join(', ');
};

const TaskCard = ({ task, open, remove, removeTarget }: {
  task: EditorTask; open: (what: Open) => void; remove: (task: EditorTask) => void; removeTarget: (target: EditorTarget) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const depth = task.code.split('.').length - 1;
  const role = (r: 'LEAD' | 'COORDINATING') => task.agencies.filter((agency) => agency.role === r);
  return (
    <Card variant="outlined" sx={{ ml: depth * 4 }} data-testid={`editor-task-${task.code}`}>
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600}>{task.code}. {task.title}</Typography>
        <Typography variant="caption" color="text.secondary">
          {translate(`hoagiai.planEditor.labelStyles.${task.labelStyle}`)} · {timingText(task, translate)}
        </Typography>
        {(['LEAD', 'COORDINATING'] as const).map((r) => (role(r).length ? (
          <Box key={r} sx={{ mt: 1 }} data-testid={`editor-task-${task.code}-${r.toLowerCase()}`}>
            <Typography variant="body2" component="span" fontWeight={600}>{translate(r === 'LEAD' ? 'hoagiai.plans.lead' : 'hoagiai.plans.coordinating')}: </Typography>
            {role(r).map((agency, index) => <Chip key={index} size="small" sx={{ mr: 0.5 }} label={agency.agency?.name ?? agency.label} />)}
          </Box>
        ) : null))}
        {task.targets.map((target) => (
          <Stack key={target.id} direction="row" alignItems="center" spacing={1}>
            <Typography variant="body2">• {targetText(target, translate, locale)}</Typography>
            <Button size="small" onClick={() => open({ kind: 'target', target, taskId: task.id })}>{translate('ra.action.edit')}</Button>
            <Button size="small" color="error" onClick={() => removeTarget(target)}>{translate('ra.action.delete')}</Button>
          </Stack>
        ))}
      </CardContent>
      <CardActions>
        <Button size="small" onClick={() => open({ kind: 'task', task })} data-testid={`editor-task-${task.code}-edit`}>{translate('ra.action.edit')}</Button>
        <Button size="small" onClick={() => open({ kind: 'task', task: null, code: `${task.code}.` })}>{translate('hoagiai.planEditor.addSubTask')}</Button>
        <Button size="small" onClick={() => open({ kind: 'target', target: null, taskId: task.id })}>{translate('hoagiai.planEditor.addTarget')}</Button>
        <Button size="small" onClick={() => open({ kind: 'move', task })} data-testid={`editor-task-${task.code}-move`}>{translate('hoagiai.planEditor.move')}</Button>
        <Button size="small" color="error" onClick={() => remove(task)} data-testid={`editor-task-${task.code}-delete`}>{translate('ra.action.delete')}</Button>
      </CardActions>
    </Card>
  );
};

/** The dialogs of the editor tabs, and what saving each one sends; the server's refusal shown beside the field it names. */
export const EditorDialogs = ({ refusal, ...props }: Parameters<typeof Dialogs>[0] & { refusal: ReturnType<typeof usePlanEditor>['refusal'] }) => (
  <RefusalContext.Provider value={refusal}><Dialogs {...props} /></RefusalContext.Provider>
);

const Dialogs = ({ plan, openState, close, save, agencies }: {
  plan: EditorPlan; openState: Open | null; close: () => void; save: ReturnType<typeof usePlanEditor>['save']; agencies: ReturnType<typeof usePlanEditor>['agencies'];
}) => {
  if (!openState) return null;
  if (openState.kind === 'task') {
    const { task } = openState;
    return (
      <TaskDialog task={task} initialCode={openState.code} agencies={agencies} onClose={close}
        onSave={(values) => (task ? save(UPDATE_TASK, { id: task.id, version: task.version, ...values }) : save(CREATE_TASK, { planId: plan.id, ...values }))} />
    );
  }
  if (openState.kind === 'move') {
    const { task } = openState;
    return <MoveDialog code={task.code} withRollUp={false} onClose={close} onMove={(code) => save(MOVE_TASK, { id: task.id, version: task.version, code })} />;
  }
  const { target, taskId } = openState;
  return (
    <TargetDialog target={target} taskId={taskId} tasks={plan.tasks} onClose={close}
      onSave={({ taskId: owner, ...values }) => (target?.id
        ? save(UPDATE_TARGET, { id: target.id, version: target.version, ...values })
        : save(CREATE_TARGET, { ...values, ...(owner ? { taskId: owner } : { planId: plan.id }) }))} />
  );
};

/** The tasks tab of the editor: tasks in code order, each editable, movable, deletable, with its targets. */
export const TaskEditor = () => {
  const translate = useTranslate();
  const { plan, agencies, save, refusal, clearRefusal } = usePlanEditor();
  const [openState, open] = useState<Open | null>(null);
  const setOpen = (what: Open | null) => { clearRefusal(); open(what); };
  const writable = usePlanWritable();
  if (!writable) return <PlanReadOnly />;
  if (!plan) return null;
  const remove = (task: EditorTask) => void save(DELETE_TASK, { id: task.id, version: task.version }, 'hoagiai.planEditor.deleted');
  const removeTarget = (target: EditorTarget) => void save(DELETE_TARGET, { id: target.id, version: target.version }, 'hoagiai.planEditor.deleted');
  return (
    <Stack spacing={2} data-testid="task-editor">
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen({ kind: 'task', task: null })} data-testid="editor-add-task">
          {translate('hoagiai.planEditor.addTask')}
        </Button>
      </Box>
      {plan.tasks.length ? null : <Typography color="text.secondary">{translate('hoagiai.plans.noTasks')}</Typography>}
      {plan.tasks.map((task) => <TaskCard key={task.id} task={task} open={setOpen} remove={remove} removeTarget={removeTarget} />)}
      <EditorDialogs plan={plan} openState={openState} close={() => setOpen(null)} save={save} agencies={agencies} refusal={refusal} />
    </Stack>
  );
};

/** The targets tab: the plan's own targets ("Mục tiêu"), and a way to add one to the plan or to a task. */
export const TargetEditor = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { plan, agencies, save, refusal, clearRefusal } = usePlanEditor();
  const [openState, open] = useState<Open | null>(null);
  const setOpen = (what: Open | null) => { clearRefusal(); open(what); };
  const writable = usePlanWritable();
  if (!writable) return <PlanReadOnly />;
  if (!plan) return null;
  return (
    <Stack spacing={2} data-testid="target-editor">
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen({ kind: 'target', target: null, taskId: null })} data-testid="editor-add-target">
          {translate('hoagiai.planEditor.addTarget')}
        </Button>
      </Box>
      <Typography variant="subtitle2">{translate('hoagiai.planEditor.planTargets')}</Typography>
      {plan.targets.length ? null : <Typography color="text.secondary">{translate('hoagiai.planEditor.noPlanTargets')}</Typography>}
      {plan.targets.map((target, index) => (
        <Stack key={target.id} direction="row" alignItems="center" spacing={1} data-testid={`plan-target-${index}`}>
          <Typography variant="body2">{targetText(target, translate, locale)}</Typography>
          <Button size="small" onClick={() => setOpen({ kind: 'target', target, taskId: null })}>{translate('ra.action.edit')}</Button>
          <Button size="small" color="error" onClick={() => void save(DELETE_TARGET, { id: target.id, version: target.version }, 'hoagiai.planEditor.deleted')}>
            {translate('ra.action.delete')}
          </Button>
        </Stack>
      ))}
      <Typography variant="subtitle2">{translate('hoagiai.planEditor.taskTargets')}</Typography>
      {plan.tasks.flatMap((task) => task.targets.map((target) => (
        <Typography key={target.id} variant="body2">{task.code}. {targetText(target, translate, locale)}</Typography>
      )))}
      <EditorDialogs plan={plan} openState={openState} close={() => setOpen(null)} save={save} agencies={agencies} refusal={refusal} />
    </Stack>
  );
};
