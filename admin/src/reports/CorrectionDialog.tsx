import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { correctReportFigure } from './reportActions';
import type { Report } from './types';

type Props = { field: string; label: string; current: string; multiline?: boolean };

/** Corrects one figure (or a task's progress text) of a draft: the new value and why. */
export const CorrectionButton = ({ field, label, current, multiline }: Props) => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(current);
  const [reason, setReason] = useState('');
  if (!report?.actions?.includes('CORRECT')) return null;
  const save = async () => {
    try {
      await correctReportFigure(report, field, value, reason);
      notify('hoagiai.reports.savedCorrection', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label="hoagiai.reports.correct" onClick={() => { setValue(current); setReason(''); setOpen(true); }} data-testid={`correct-${field}`}>
        <EditNoteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.reports.correctTitle', { figure: label })}</DialogTitle>
        <DialogContent>
          <TextField label={translate('hoagiai.reports.newValue')} value={value} onChange={(e) => setValue(e.target.value)} fullWidth margin="dense"
            multiline={multiline} minRows={multiline ? 3 : undefined} inputProps={{ 'data-testid': 'correction-value' }} />
          <TextField label={translate('hoagiai.reports.reason')} value={reason} onChange={(e) => setReason(e.target.value)} fullWidth margin="dense"
            inputProps={{ 'data-testid': 'correction-reason' }} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={save} disabled={!value.trim() || reason.trim().length < 5}>{translate('ra.action.save')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
