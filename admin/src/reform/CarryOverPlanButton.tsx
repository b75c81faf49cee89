import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import TrendingFlatIcon from '@mui/icons-material/TrendingFlat';
import { Button, Link, useCreatePath, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { useOpenNewPlan } from '../plans/useOpenNewPlan';
import { carryOverPlan, type CarryOverFields } from './carryOverActions';

/**
 * "Chuyển tiếp kế hoạch": shown on a plan of a unit that ended to the admins of a unit that
 * succeeded it, as the server says (Plan.carryOverUnits: empty for everyone else). Asks for
 * confirmation, then opens the new plan.
 */
export const CarryOverPlanButton = () => {
  const plan = useRecordContext<CarryOverFields>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState<string>('');
  const { saving, run } = useOpenNewPlan('hoagiai.reform.carryOver.done', () => setOpen(false));
  const units = plan?.carryOverUnits ?? [];
  if (!plan || !units.length) return null;
  const chosen = unitId || String(units[0].id);
  const onConfirm = () => run(() => carryOverPlan(plan.id, chosen));
  return (
    <>
      <Button label="hoagiai.reform.carryOver.button" onClick={() => setOpen(true)} data-testid="plan-carry-over"><TrendingFlatIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.reform.carryOver.title', { number: plan.number ?? plan.title })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('hoagiai.reform.carryOver.help')}</Typography>
          <RadioGroup value={chosen} onChange={(event) => setUnitId(event.target.value)}>
            {units.map((unit) => (
              <FormControlLabel key={String(unit.id)} value={String(unit.id)} control={<Radio />} label={`${unit.name} (${unit.code})`} />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={saving} onClick={onConfirm} data-testid="plan-carry-over-confirm">
            {translate('hoagiai.reform.carryOver.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** The links a carry-over leaves: on the new plan, the original; on the original, the plans carrying it over. */
export const CarryOverLinks = () => {
  const plan = useRecordContext<CarryOverFields>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!plan) return null;
  const show = (id: Identifier) => createPath({ resource: 'Plan', id, type: 'show' });
  const from = plan.carriedOverFrom;
  const by = plan.carriedOverBy ?? [];
  if (!from && !by.length) return null;
  return (
    <div data-testid="plan-carry-over-links">
      {from ? (
        <Typography variant="body2">
          {translate('hoagiai.reform.carryOver.from')}{' '}
          <Link to={show(from.id)} data-testid="plan-carried-over-from">{[from.number, from.title].filter(Boolean).join(' — ')}</Link> ({from.unit.name})
        </Typography>
      ) : null}
      {by.map((plan) => (
        <Typography key={String(plan.id)} variant="body2">
          {translate('hoagiai.reform.carryOver.by')}{' '}
          <Link to={show(plan.id)}>{plan.unit.name}</Link> ({plan.number ?? translate(`hoagiai.planStatus.${plan.status}`)})
        </Typography>
      ))}
    </div>
  );
};
