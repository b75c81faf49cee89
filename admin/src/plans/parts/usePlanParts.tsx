import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, Tooltip } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Form, SaveButton, useNotify, useRecordContext, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { Plan } from '../types';
import { refusalOf } from '../editor/fields';
import { usePlanWritable } from '../writable';
import { deletePart, fetchPlanParts, type PartResource, type PlanParts, updatePart } from './api';

/** The plan's parts, fetched apart from the plan page's record and fetched again after each change. */
export function usePlanParts() {
  const plan = useRecordContext<Plan>();
  const [parts, setParts] = useState<PlanParts | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useRefresh();
  useEffect(() => {
    if (!plan?.id) return;
    let current = true;
    fetchPlanParts(plan.id).then((found) => current && setParts(found));
    return () => {
      current = false;
    };
  }, [plan?.id, plan?.version, generation]);
  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
    refresh();
  }, [refresh]);
  return { plan, parts, reload };
}

/** Done (true), or refused: with the refusal under the form's input of the field it names ("agencies[0].label" → agencies.0.label). */
type ChangeOutcome = true | false | Record<string, string>;

/** Runs a change, says it is done (or why not, in the user's language), and reloads the parts. */
export function useChange(reload: () => void) {
  const notify = useNotify();
  return async (change: () => Promise<unknown>, done = 'hoagiai.planParts.saved'): Promise<ChangeOutcome> => {
    try {
      await change();
      notify(done, { type: 'success' });
      reload();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      const refusal = refusalOf(error);
      return refusal ? { [refusal.field.replace(/\[(\d+)\]/g, '.$1')]: refusal.message } : false;
    }
  };
}

/** Move up, move down, edit and delete buttons of an ordered row. */
export const RowButtons = ({ resource, row, last, onEdit, run, testId }: {
  resource: PartResource; row: { id: Identifier; position: number; version: number }; last: boolean; onEdit: () => void;
  run: ReturnType<typeof useChange>; testId: string;
}) => {
  const translate = useTranslate();
  const writable = usePlanWritable();
  if (!writable) return null;
  const move = (position: number) => run(() => updatePart(resource, { id: row.id, version: row.version, position }));
  return (
    <Stack direction="row">
      <Tooltip title={translate('hoagiai.planParts.up')}><span><IconButton size="small" disabled={row.position === 1} onClick={() => move(row.position - 1)} data-testid={`${testId}-up`}><ArrowUpwardIcon fontSize="small" /></IconButton></span></Tooltip>
      <Tooltip title={translate('hoagiai.planParts.down')}><span><IconButton size="small" disabled={last} onClick={() => move(row.position + 1)} data-testid={`${testId}-down`}><ArrowDownwardIcon fontSize="small" /></IconButton></span></Tooltip>
      <Tooltip title={translate('hoagiai.planParts.edit')}><IconButton size="small" onClick={onEdit} data-testid={`${testId}-edit`}><EditIcon fontSize="small" /></IconButton></Tooltip>
      <Tooltip title={translate('hoagiai.planParts.delete')}>
        <IconButton size="small" onClick={() => run(() => deletePart(resource, row.id, row.version), 'hoagiai.planParts.deleted')} data-testid={`${testId}-delete`}><DeleteIcon fontSize="small" /></IconButton>
      </Tooltip>
    </Stack>
  );
};

/** A react-admin form in a dialog: the values are the mutation's input; closing happens on success. */
export const PartDialog = ({ open, title, defaultValues, onClose, onSubmit, children, testId }: {
  open: boolean; title: string; defaultValues: Record<string, unknown>; onClose: () => void;
  onSubmit: (values: Record<string, unknown>) => Promise<ChangeOutcome>; children: ReactNode; testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth>
      <Form defaultValues={defaultValues} onSubmit={async (values: Record<string, unknown>) => {
        const outcome = await onSubmit(values);
        if (outcome === true) onClose();
        // react-admin shows the errors a submission returns under their inputs.
        return typeof outcome === 'object' ? outcome : undefined;
      }} key={JSON.stringify(defaultValues)}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent data-testid={testId}>{children}</DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label="hoagiai.planParts.save" alwaysEnable data-testid={`${testId}-save`} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Empty strings of a form are "not given" for the server. */
export const blankToNull = <T,>(value: T | '' | undefined): T | null => (value === '' || value === undefined ? null : value);
