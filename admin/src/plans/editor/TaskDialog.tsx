import { useContext, useState } from 'react';
import { Autocomplete, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslate } from 'react-admin';
import { AGENCY_KINDS } from '../../types';
import { AGENCY_LEVELS } from '../types';
import { Choice, int, RefusalContext, Text, text } from './fields';
import type { AgencyChoice, EditorAgency, EditorTask } from './usePlanEditor';

export const LABEL_STYLES = ['ARABIC', 'LETTER', 'ORDINAL_WORDS'] as const;
export const TASK_TIMINGS = ['YEARLY', 'YEARLY_FROM', 'ONCE', 'SPAN', 'PART_OF_YEAR'] as const;

type Draft = Omit<EditorTask, 'id' | 'version' | 'targets'>;
type Row = { role: 'LEAD' | 'COORDINATING'; mode: 'AGENCY' | 'GENERIC'; agencyId: string | null; agencyKind: string | null; agencyLevel: string | null; label: string };

const empty: Draft = {
  code: '', labelStyle: 'ARABIC', title: '', description: null, scheduleKind: 'YEARLY', scheduleYear: null, scheduleYearTo: null, scheduleQuarter: null,
  scheduleBeforeDay: null, scheduleBeforeMonth: null, scheduleNote: null, agencies: [],
};
const rowOf = (agency: EditorAgency): Row => ({
  role: agency.role, mode: agency.agencyId ? 'AGENCY' : 'GENERIC', agencyId: agency.agencyId, agencyKind: agency.agencyKind, agencyLevel: agency.agencyLevel, label: agency.label,
});
const options = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

/** The agencies of one role: each one agency (of the plan's unit or above), or a kind at a level ("UBND cấp xã"). */
const AgencyRows = ({ role, rows, setRows, agencies }: { role: Row['role']; rows: Row[]; setRows: (rows: Row[]) => void; agencies: AgencyChoice[] }) => {
  const translate = useTranslate();
  const mine = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.role === role);
  const change = (index: number, patch: Partial<Row>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const prefix = `task-${role.toLowerCase()}`;
  // The server names an agency by its place among all those sent: agencies[index].
  const refusal = useContext(RefusalContext);
  const refusedAgency = (index: number) => (refusal && refusal.field === `agencies[${index}].agencyId` ? refusal.message : undefined);
  return (
    <Box>
      <Typography variant="subtitle2">{translate(role === 'LEAD' ? 'hoagiai.plans.lead' : 'hoagiai.plans.coordinating')}</Typography>
      <Stack spacing={1}>
        {mine.map(({ row, index }, n) => (
          <Stack key={index} direction="row" spacing={1} alignItems="center">
            <Box sx={{ width: 150, flexShrink: 0 }}>
              <Choice label="hoagiai.planEditor.agencyMode" value={row.mode} empty={false} testId={`${prefix}-${n}-mode`} field={`agencies[${index}].role`}
                options={[{ id: 'AGENCY', name: 'hoagiai.planEditor.oneAgency' }, { id: 'GENERIC', name: 'hoagiai.planEditor.genericAgency' }]}
                onChange={(mode) => change(index, { mode: (mode ?? 'AGENCY') as Row['mode'], agencyId: null, agencyKind: null, agencyLevel: null })} />
            </Box>
            {row.mode === 'AGENCY' ? (
              <Autocomplete sx={{ flex: 2 }} size="small" options={agencies} getOptionLabel={(agency) => `${agency.name}`}
                groupBy={(agency) => agency.unitName} value={agencies.find((agency) => agency.id === row.agencyId) ?? null}
                onChange={(_event, agency) => change(index, { agencyId: agency?.id ?? null, label: row.label || agency?.name || '' })}
                renderInput={(params) => <TextField {...params} label={translate('hoagiai.planEditor.agency')} inputProps={{ ...params.inputProps, 'data-testid': `${prefix}-${n}-agency` }}
                  error={refusedAgency(index) != null} helperText={refusedAgency(index)} />} />
            ) : (
              <>
                <Box sx={{ flex: 1 }}>
                  <Choice label="hoagiai.planEditor.agencyKind" value={row.agencyKind} testId={`${prefix}-${n}-kind`} field={`agencies[${index}]`} options={options(AGENCY_KINDS, 'hoagiai.agencyKind')}
                    onChange={(agencyKind) => change(index, { agencyKind })} />
                </Box>
                <Box sx={{ flex: 1 }}>
                  <Choice label="hoagiai.planEditor.agencyLevel" value={row.agencyLevel} testId={`${prefix}-${n}-level`} field={`agencies[${index}].agencyLevel`} options={options(AGENCY_LEVELS, 'hoagiai.agencyLevel')}
                    onChange={(agencyLevel) => change(index, { agencyLevel })} />
                </Box>
              </>
            )}
            <Box sx={{ flex: 1 }}>
              <Text label="hoagiai.planEditor.agencyLabel" value={row.label} testId={`${prefix}-${n}-label`} field={`agencies[${index}].label`} onChange={(label) => change(index, { label })} />
            </Box>
            <IconButton aria-label={translate('ra.action.delete')} onClick={() => setRows(rows.filter((_row, at) => at !== index))}><DeleteIcon /></IconButton>
          </Stack>
        ))}
        <Button size="small" sx={{ alignSelf: 'flex-start' }} data-testid={`${prefix}-add`}
          onClick={() => setRows([...rows, { role, mode: 'AGENCY', agencyId: null, agencyKind: null, agencyLevel: null, label: '' }])}>
          {translate('hoagiai.planEditor.addAgency')}
        </Button>
      </Stack>
    </Box>
  );
};

/** When the task is done: the fields each timing takes. */
const Timing = ({ draft, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) => {
  const kind = draft.scheduleKind;
  const year = (field: 'scheduleYear' | 'scheduleYearTo', label: string) => (
    <Text label={label} type="number" value={draft[field]} testId={`task-${field}`} onChange={(value) => set({ [field]: int(value) })} />
  );
  return (
    <Stack direction="row" spacing={1}>
      <Choice label="hoagiai.planEditor.timing" value={kind} testId="task-scheduleKind" options={options(TASK_TIMINGS, 'hoagiai.planEditor.timings')}
        onChange={(scheduleKind) => set({ scheduleKind, scheduleYear: null, scheduleYearTo: null, scheduleQuarter: null, scheduleBeforeDay: null, scheduleBeforeMonth: null })} />
      {kind === 'YEARLY_FROM' || kind === 'ONCE' || kind === 'SPAN' || kind === 'PART_OF_YEAR' ? year('scheduleYear', kind === 'PART_OF_YEAR' ? 'hoagiai.planEditor.yearOptional' : 'hoagiai.planEditor.year') : null}
      {kind === 'SPAN' ? year('scheduleYearTo', 'hoagiai.planEditor.yearTo') : null}
      {kind === 'PART_OF_YEAR' ? (
        <>
          <Choice label="hoagiai.planEditor.quarter" value={draft.scheduleQuarter ? String(draft.scheduleQuarter) : null} testId="task-scheduleQuarter"
            options={['1', '2', '3', '4'].map((id) => ({ id, name: `hoagiai.planEditor.quarters.${id}` }))}
            onChange={(value) => set({ scheduleQuarter: value ? Number(value) : null, ...(value ? { scheduleBeforeDay: null, scheduleBeforeMonth: null } : {}) })} />
          <Text label="hoagiai.planEditor.beforeDay" type="number" value={draft.scheduleBeforeDay} testId="task-scheduleBeforeDay" onChange={(value) => set({ scheduleBeforeDay: int(value) })} />
          <Text label="hoagiai.planEditor.beforeMonth" type="number" value={draft.scheduleBeforeMonth} testId="task-scheduleBeforeMonth" onChange={(value) => set({ scheduleBeforeMonth: int(value) })} />
        </>
      ) : null}
    </Stack>
  );
};

/** Create or edit a task: code and label style, title, content, timing, lead and coordinating agencies. */
export const TaskDialog = ({ task, initialCode = '', agencies, onClose, onSave }: {
  task: EditorTask | null; initialCode?: string; agencies: AgencyChoice[]; onClose: () => void; onSave: (values: Record<string, unknown>) => Promise<boolean>;
}) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<Draft>(task ? { ...task } : { ...empty, code: initialCode });
  const [rows, setRows] = useState<Row[]>(task ? task.agencies.map(rowOf) : []);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = async () => {
    const values = {
      code: draft.code.trim(), labelStyle: draft.labelStyle, title: draft.title, description: text(draft.description), scheduleKind: draft.scheduleKind,
      scheduleYear: draft.scheduleYear, scheduleYearTo: draft.scheduleYearTo, scheduleQuarter: draft.scheduleQuarter, scheduleBeforeDay: draft.scheduleBeforeDay,
      scheduleBeforeMonth: draft.scheduleBeforeMonth, scheduleNote: text(draft.scheduleNote),
      agencies: rows.map((row) => ({
        role: row.role, label: text(row.label), agencyId: row.mode === 'AGENCY' ? row.agencyId : null,
        agencyKind: row.mode === 'GENERIC' ? row.agencyKind : null, agencyLevel: row.mode === 'GENERIC' ? row.agencyLevel : null,
      })),
    };
    if (await onSave(values)) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate(task ? 'hoagiai.planEditor.editTask' : 'hoagiai.planEditor.addTask')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="task-dialog">
          <Stack direction="row" spacing={1}>
            <Text label="hoagiai.planEditor.code" value={draft.code} testId="task-code" required onChange={(code) => set({ code })} />
            <Choice label="hoagiai.planEditor.labelStyle" value={draft.labelStyle} testId="task-labelStyle" empty={false}
              options={options(LABEL_STYLES, 'hoagiai.planEditor.labelStyles')} onChange={(labelStyle) => set({ labelStyle: labelStyle ?? 'ARABIC' })} />
          </Stack>
          <Text label="hoagiai.planEditor.title" value={draft.title} testId="task-title" required multiline onChange={(title) => set({ title })} />
          <Text label="hoagiai.planEditor.description" value={draft.description} testId="task-description" multiline onChange={(description) => set({ description })} />
          <Timing draft={draft} set={set} />
          <Text label="hoagiai.planEditor.scheduleNote" value={draft.scheduleNote} testId="task-scheduleNote" onChange={(scheduleNote) => set({ scheduleNote })} />
          <AgencyRows role="LEAD" rows={rows} setRows={setRows} agencies={agencies} />
          <AgencyRows role="COORDINATING" rows={rows} setRows={setRows} agencies={agencies} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} data-testid="task-save">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};
