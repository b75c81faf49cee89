import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { Plan } from '../types';
import { useOpenNewPlan } from '../useOpenNewPlan';
import { copyPlan } from './api';

/** Copy plan: a new draft of the caller's unit holding everything this plan holds, for a new period when given. */
export const CopyPlanButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ periodFrom: '', periodTo: '', title: '' });
  const { saving, run } = useOpenNewPlan('hoagiai.planParts.copy.done', () => setOpen(false));
  if (!plan) return null;
  const number = (value: string) => (value.trim() ? Number(value) : null);
  const onConfirm = () => run(() => copyPlan({ planId: plan.id, periodFrom: number(values.periodFrom), periodTo: number(values.periodTo), title: values.title.trim() || null }));
  const field = (key: keyof typeof values, type = 'text') => (
    <TextField type={type} size="small" label={translate(`hoagiai.planParts.copy.${key === 'title' ? 'newTitle' : key}`)} value={values[key]}
      onChange={(event) => setValues({ ...values, [key]: event.target.value })} inputProps={{ 'data-testid': `copy-${key}` }} fullWidth={key === 'title'} />
  );
  return (
    <>
      <Button label="hoagiai.planParts.copy.button" onClick={() => setOpen(true)} data-testid="plan-copy"><ContentCopyIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.planParts.copy.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('hoagiai.planParts.copy.help')}</Typography>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2}>{field('periodFrom', 'number')}{field('periodTo', 'number')}</Stack>
            {field('title')}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={saving} onClick={onConfirm} data-testid="plan-copy-confirm">{translate('hoagiai.planParts.copy.confirm')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
