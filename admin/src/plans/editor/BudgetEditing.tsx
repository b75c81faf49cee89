import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNotify, useTranslate } from 'react-admin';
import type { BudgetLine, Plan } from '../types';
import { CREATE_LINE, DELETE_LINE, MOVE_LINE, run } from './api';
import { Choice, type FieldRefusal, int, RefusalContext, refusalOf, Text, text } from './fields';
import { MoveDialog } from './MoveDialog';
import { usePlanWritable } from '../writable';

type Draft = { code: string; title: string; amount: string; scheduleKind: string | null; scheduleYear: number | null; scheduleNote: string | null; taskId: string | null; rollUp: boolean };

/** Add a line of the appendix at any depth: yearly or for one year, linked to the task it funds; the lines above recomputed on request. */
const LineDialog = ({ plan, code, onClose, onSaved }: { plan: Plan; code: string; onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>({ code, title: '', amount: '0', scheduleKind: 'YEARLY', scheduleYear: null, scheduleNote: null, taskId: null, rollUp: true });
  const [refusal, setRefusal] = useState<FieldRefusal>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = async () => {
    try {
      await run(CREATE_LINE, {
        planId: plan.id, code: draft.code.trim(), title: draft.title, amount: draft.amount.replace(',', '.'), scheduleKind: draft.scheduleKind,
        scheduleYear: draft.scheduleKind === 'ONCE' ? draft.scheduleYear : null, scheduleNote: text(draft.scheduleNote), taskId: draft.taskId, rollUp: draft.rollUp,
      });
      notify('hoagiai.planEditor.saved', { type: 'success' });
      onSaved();
      onClose();
    } catch (error) {
      setRefusal(refusalOf(error));
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('hoagiai.planEditor.addLine')}</DialogTitle>
      <DialogContent>
        <RefusalContext.Provider value={refusal}>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="line-dialog">
          <Text label="hoagiai.planEditor.code" value={draft.code} testId="line-code" required onChange={(value) => set({ code: value })} />
          <Text label="hoagiai.planEditor.title" value={draft.title} testId="line-title" required multiline onChange={(title) => set({ title })} />
          <Text label="hoagiai.planEditor.amount" value={draft.amount} testId="line-amount" required onChange={(amount) => set({ amount })} />
          <Stack direction="row" spacing={1}>
            <Choice label="hoagiai.planEditor.timing" value={draft.scheduleKind} testId="line-scheduleKind"
              options={['YEARLY', 'ONCE'].map((id) => ({ id, name: `hoagiai.planEditor.timings.${id}` }))} onChange={(scheduleKind) => set({ scheduleKind })} />
            {draft.scheduleKind === 'ONCE' ? <Text label="hoagiai.planEditor.year" type="number" value={draft.scheduleYear} testId="line-scheduleYear" onChange={(value) => set({ scheduleYear: int(value) })} /> : null}
          </Stack>
          <Text label="hoagiai.planEditor.scheduleNote" value={draft.scheduleNote} testId="line-scheduleNote" onChange={(scheduleNote) => set({ scheduleNote })} />
          <Choice label="hoagiai.planEditor.fundsTask" value={draft.taskId} testId="line-task" field="taskId"
            options={(plan.tasks ?? []).map((task) => ({ id: String(task.id), name: `${task.code}. ${task.title}` }))} onChange={(taskId) => set({ taskId })} />
          <FormControlLabel control={<Checkbox checked={draft.rollUp} onChange={(event) => set({ rollUp: event.target.checked })} inputProps={{ 'data-testid': 'line-rollUp' } as never} />}
            label={translate('hoagiai.planEditor.rollUp')} />
        </Stack>
        </RefusalContext.Provider>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} data-testid="line-save">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** Where a new line goes: after the last top-level line, or after the last line under `parent`. */
const nextCode = (lines: BudgetLine[], parent: string | null) => {
  const siblings = lines.filter((line) => (parent ? line.code.startsWith(`${parent}.`) && line.code.split('.').length === parent.split('.').length + 1 : !line.code.includes('.')));
  const last = Math.max(0, ...siblings.map((line) => Number(line.code.split('.').pop())));
  return parent ? `${parent}.${last + 1}` : String(last + 1);
};

/** "Add a line" above the appendix. */
export const AddLineButton = ({ plan, lines, onSaved }: { plan: Plan; lines: BudgetLine[]; onSaved: () => void }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="budget-add-line">{translate('hoagiai.planEditor.addLine')}</Button>
      {open ? <LineDialog plan={plan} code={nextCode(lines, null)} onClose={() => setOpen(false)} onSaved={onSaved} /> : null}
    </>
  );
};

/** The actions of one line: add a line under it, move it (its lines follow), delete it (the lines above recomputed). */
export const LineActions = ({ plan, line, lines, onSaved }: { plan: Plan; line: BudgetLine; lines: BudgetLine[]; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState<'sub' | 'move' | null>(null);
  const writable = usePlanWritable();
  const [refusal, setRefusal] = useState<FieldRefusal>(null);
  const call = async (mutation: Parameters<typeof run>[0], variables: Record<string, unknown>) => {
    try {
      setRefusal(null);
      await run(mutation, variables);
      notify('hoagiai.planEditor.saved', { type: 'success' });
      onSaved();
      return true;
    } catch (error) {
      setRefusal(refusalOf(error));
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  };
  if (!writable) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen('sub')} data-testid={`budget-sub-${line.code}`}>{translate('hoagiai.planEditor.addSubLine')}</Button>
      <Button size="small" onClick={() => setOpen('move')} data-testid={`budget-move-${line.code}`}>{translate('hoagiai.planEditor.move')}</Button>
      <Button size="small" color="error" data-testid={`budget-delete-${line.code}`}
        onClick={() => void call(DELETE_LINE, { id: line.id, version: line.version, rollUp: true })}>{translate('ra.action.delete')}</Button>
      {open === 'sub' ? <LineDialog plan={plan} code={nextCode(lines, line.code)} onClose={() => setOpen(null)} onSaved={onSaved} /> : null}
      {open === 'move' ? (
        <RefusalContext.Provider value={refusal}>
          <MoveDialog code={line.code} withRollUp onClose={() => { setRefusal(null); setOpen(null); }}
            onMove={(code, rollUp) => call(MOVE_LINE, { id: line.id, version: line.version, code, rollUp })} />
        </RefusalContext.Provider>
      ) : null}
    </>
  );
};
