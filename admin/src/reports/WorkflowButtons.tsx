import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import type { UnitLevel } from '../types';
import { reopenReport, transitionReport } from './reportActions';
import type { Report } from './types';

const DEPTH: Record<UnitLevel, number> = { PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 };

/**
 * Only shapes the page: whether the user writes at a level above the report's unit (the system
 * administrator, or a membership of a higher level). The server decides whether that unit is
 * really above this one, and refuses otherwise.
 */
const useWritesAbove = (level: UnitLevel | undefined) => {
  const { permissions } = usePermissions<Permissions>();
  if (!Array.isArray(permissions) || !level) return false;
  return permissions.some((m) => m.role === 'SYSTEM_ADMIN' || (m.role !== 'ANALYST' && m.unit?.level != null && DEPTH[m.unit.level] < DEPTH[level]));
};

/**
 * Submit, approve and reopen, offered by the report's status (and, for approving and reopening,
 * to users who write at a higher level): the server decides, and a refusal is shown.
 */
export const WorkflowButtons = () => {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const above = useWritesAbove(report?.unit?.level);
  if (!report) return null;
  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      notify(done, { type: 'success' });
      setReopening(false);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      {report.status === 'DRAFT' ? (
        <Button label="hoagiai.reports.submit" variant="contained" onClick={() => act(() => transitionReport('submitReport', report), 'hoagiai.reports.submitted')}
          data-testid="report-submit"><SendIcon /></Button>
      ) : null}
      {report.status === 'SUBMITTED' && above ? (
        <Button label="hoagiai.reports.approve" variant="contained" onClick={() => act(() => transitionReport('approveReport', report), 'hoagiai.reports.approved')}
          data-testid="report-approve"><TaskAltIcon /></Button>
      ) : null}
      {report.status !== 'DRAFT' && above ? (
        <Button label="hoagiai.reports.reopen" onClick={() => { setReason(''); setReopening(true); }} data-testid="report-reopen"><UndoIcon /></Button>
      ) : null}
      <Dialog open={reopening} onClose={() => setReopening(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('hoagiai.reports.reopenTitle')}</DialogTitle>
        <DialogContent>
          <TextField label={translate('hoagiai.reports.reason')} value={reason} onChange={(e) => setReason(e.target.value)} fullWidth multiline minRows={2} margin="dense" />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setReopening(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={reason.trim().length < 5} onClick={() => act(() => reopenReport(report, reason), 'hoagiai.reports.reopened')}>
            {translate('hoagiai.reports.reopen')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
