import { useState, type ReactElement } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, Confirm, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { unitLabel } from '../common/unitLabel';
import { reopenReport, transitionReport, withdrawReport } from './reportActions';
import type { Report, ReportAction } from './types';

type Step = { action: ReportAction; icon: ReactElement; run: (report: Report) => Promise<unknown>; done: string; contained?: boolean };

const STEPS: Step[] = [
  { action: 'SUBMIT', icon: <SendIcon />, run: (r) => transitionReport('submitReport', r), done: 'hoagiai.reports.submitted', contained: true },
  { action: 'APPROVE', icon: <TaskAltIcon />, run: (r) => transitionReport('approveReport', r), done: 'hoagiai.reports.approved', contained: true },
  { action: 'WITHDRAW', icon: <DeleteOutlineIcon />, run: (r) => withdrawReport(r), done: 'hoagiai.reports.withdrawn' },
];

/**
 * The steps the server says the caller may take on this report now (`actions`), each asking for
 * confirmation and saying what it locks; reopening asks why. Nothing else is offered.
 */
export const WorkflowButtons = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  if (!report) return null;
  const actions = report.actions ?? [];
  const what = { unit: report.unit ? unitLabel(report.unit) : String(report.unitId), year: report.year };
  const act = async (call: () => Promise<unknown>, done: string, action: ReportAction) => {
    try {
      await call();
      notify(done, { type: 'success' });
      setConfirming(null);
      setReopening(false);
      if (action === 'WITHDRAW') redirect('list', 'Report');
      else refresh();
    } catch (error) {
      setConfirming(null);
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      {STEPS.filter((step) => actions.includes(step.action)).map((step) => (
        <Button key={step.action} label={`hoagiai.reports.action.${step.action}`} variant={step.contained ? 'contained' : 'text'}
          onClick={() => setConfirming(step)} data-testid={`report-${step.action.toLowerCase()}`}>
          {step.icon}
        </Button>
      ))}
      {actions.includes('REOPEN') ? (
        <Button label="hoagiai.reports.action.REOPEN" onClick={() => { setReason(''); setReopening(true); }} data-testid="report-reopen"><UndoIcon /></Button>
      ) : null}
      <Confirm
        isOpen={confirming != null}
        title={confirming ? `hoagiai.reports.confirm.${confirming.action}.title` : ''}
        content={confirming ? `hoagiai.reports.confirm.${confirming.action}.content` : ''}
        translateOptions={what}
        confirm={confirming ? `hoagiai.reports.action.${confirming.action}` : 'ra.action.confirm'}
        onConfirm={() => confirming && act(() => confirming.run(report), confirming.done, confirming.action)}
        onClose={() => setConfirming(null)}
      />
      <Dialog open={reopening} onClose={() => setReopening(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.reports.confirm.REOPEN.title', what)}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('hoagiai.reports.confirm.REOPEN.content', what)}</DialogContentText>
          <TextField label={translate('hoagiai.reports.reason')} value={reason} onChange={(e) => setReason(e.target.value)} fullWidth multiline minRows={2} margin="dense"
            slotProps={{ htmlInput: { 'data-testid': 'reopen-reason' } }} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setReopening(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={reason.trim().length < 5} onClick={() => act(() => reopenReport(report, reason), 'hoagiai.reports.reopened', 'REOPEN')}
            data-testid="reopen-confirm">
            {translate('hoagiai.reports.action.REOPEN')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
