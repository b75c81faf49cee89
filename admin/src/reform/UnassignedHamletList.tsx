import { useState } from 'react';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { DataTable, List, NumberField, SearchInput, SelectField, useListContext, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canManageUsers } from '../auth/permissions';
import { hamletKindChoices } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { unitLabel } from '../common/unitLabel';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import type { UnitSummary } from '../types';
import { assignHamlet } from './assignActions';
import { MappingField } from './HamletMoveList';
import { UNASSIGNED_HAMLET_FIELDS } from './selections';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <UnitReferenceInput key="candidateUnitId" source="candidateUnitId" />,
];

const Candidates = () => {
  const record = useRecordContext();
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
      {(record?.candidates as UnitSummary[] | undefined)?.map((unit) => <Chip key={unit.id} size="small" variant="outlined" label={unitLabel(unit)} />)}
    </Stack>
  );
};

/** The admin of the new province chooses the hamlet's commune among its candidates; the server checks it all again. */
const AssignButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!record) return null;
  const candidates = (record.candidates as UnitSummary[] | undefined) ?? [];
  const submit = async () => {
    const { refusal: said } = await assignHamlet(record.id, unitId, note);
    if (said !== undefined) {
      setRefusal(said);
      return;
    }
    notify('hoagiai.reform.assigned', { type: 'success' });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button size="small" variant="outlined" data-testid={`assign-${record.id}`} onClick={(event) => { event.stopPropagation(); setOpen(true); setUnitId(String(candidates[0]?.id ?? '')); }}>
        {translate('hoagiai.reform.assign')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(event) => event.stopPropagation()} fullWidth maxWidth="sm">
        <DialogTitle>{translate('hoagiai.reform.assignTitle', { name: record.name })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('hoagiai.reform.assignHelp')}</Typography>
          <MuiTextField select fullWidth margin="dense" label={translate('hoagiai.reform.destination')} value={unitId} onChange={(e) => setUnitId(e.target.value)}
            inputProps={{ 'data-testid': 'assign-destination' }}>
            {candidates.map((unit) => <MenuItem key={unit.id} value={String(unit.id)}>{unitLabel(unit)}</MenuItem>)}
          </MuiTextField>
          <MuiTextField fullWidth margin="dense" label={translate('hoagiai.reform.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          {refusal ? <Alert severity="error" sx={{ mt: 1 }}>{refusal}</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!unitId} onClick={() => void submit()} data-testid="assign-confirm">{translate('hoagiai.reform.assign')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

const Waiting = () => {
  const { total } = useListContext();
  const translate = useTranslate();
  if (!total) return null;
  return <Alert severity="warning" sx={{ m: 1 }} data-testid="unassigned-count">{translate('hoagiai.reform.unassignedNotice', { smart_count: total })}</Alert>;
};

/**
 * Hamlets still under a commune abolished on 1 July 2025 whose successor is not settled (a split
 * or unmapped commune): their count, their candidate communes, and, for the province's admin, the
 * assignment. Until then nothing can be recorded for their teams.
 */
export const UnassignedHamletList = () => {
  const { permissions } = usePermissions();
  return (
    <List filters={filters} actions={<ListActions />} empty={false} sort={{ field: 'unitId', order: 'ASC' }}
      queryOptions={{ meta: { sparseFields: UNASSIGNED_HAMLET_FIELDS } }}>
      <Waiting />
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" disableSort><SelectField source="kind" choices={hamletKindChoices} /></DataTable.Col>
        <DataTable.Col source="unitId"><UnitLinkField source="unit" /></DataTable.Col>
        <DataTable.Col source="mapping"><MappingField /></DataTable.Col>
        <DataTable.Col source="teams" disableSort><NumberField source="teams" /></DataTable.Col>
        <DataTable.Col source="mediators" disableSort><NumberField source="mediators" /></DataTable.Col>
        <DataTable.Col source="candidates" disableSort><Candidates /></DataTable.Col>
        {canManageUsers(permissions) ? <DataTable.Col label=" " disableSort><AssignButton /></DataTable.Col> : null}
      </DataTable>
    </List>
  );
};
