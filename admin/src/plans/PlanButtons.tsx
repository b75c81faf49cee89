import { useState } from 'react';
import { Button as MuiButton, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, Typography } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Button, Confirm, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AdministrativeUnit } from '../types';
import { cascadePlan, NEXT_STATUS, transitionPlan } from './planActions';
import type { Plan } from './types';
import { usePlanWritable } from './writable';

/** Moves the plan one step (issue it, start it, close it), after a confirmation that says what the step locks. */
export const TransitionButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const writes = usePlanWritable();
  const [confirming, setConfirming] = useState(false);
  const next = plan ? NEXT_STATUS[plan.status] : null;
  if (!plan || !next || !writes) return null;
  const onConfirm = async () => {
    setConfirming(false);
    try {
      await transitionPlan(plan.id, plan.version, next);
      notify('hoagiai.plans.transition.done', { type: 'success', messageArgs: { status: translate(`hoagiai.planStatus.${next}`) } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label={`hoagiai.plans.transition.${next}`} onClick={() => setConfirming(true)} data-testid="plan-transition"><ArrowForwardIcon /></Button>
      <Confirm
        isOpen={confirming}
        title={`hoagiai.plans.transition.confirm.${next}.title`}
        content={`hoagiai.plans.transition.confirm.${next}.content`}
        translateOptions={{ plan: plan.number ?? plan.title }}
        confirm={`hoagiai.plans.transition.${next}`}
        onConfirm={onConfirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

/** Cascade: choose units directly below the plan's unit and create a draft implementing plan for each. */
export const CascadeButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const writes = usePlanWritable();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const { data: units = [] } = useGetList<AdministrativeUnit>(
    'AdministrativeUnit',
    { filter: { parentId: plan?.unitId }, pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: open && !!plan },
  );
  if (!plan || !writes) return null;
  const toggle = (id: string) => setChosen((before) => {
    const after = new Set(before);
    if (after.has(id)) after.delete(id);
    else after.add(id);
    return after;
  });
  const onConfirm = async () => {
    setSaving(true);
    try {
      const result = await cascadePlan(plan.id, [...chosen]);
      notify('hoagiai.plans.cascade.done', { type: 'success', messageArgs: result });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button label="hoagiai.plans.cascade.button" onClick={() => setOpen(true)} data-testid="plan-cascade"><AccountTreeIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.plans.cascade.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('hoagiai.plans.cascade.help')}</Typography>
          <FormControlLabel
            control={<Checkbox checked={units.length > 0 && chosen.size === units.length} onChange={(event) => setChosen(new Set(event.target.checked ? units.map((u) => String(u.id)) : []))} />}
            label={translate('hoagiai.plans.cascade.all')}
          />
          <FormGroup>
            {units.map((unit) => (
              <FormControlLabel key={unit.id} control={<Checkbox checked={chosen.has(String(unit.id))} onChange={() => toggle(String(unit.id))} />} label={`${unit.name} (${unit.code})`} />
            ))}
          </FormGroup>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={!chosen.size || saving} onClick={onConfirm} data-testid="plan-cascade-confirm">
            {translate('hoagiai.plans.cascade.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
