import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { type CatalogueIndicator, indicatorName } from '../../indicators/catalogueChoices';
import { COMPARATORS, INDICATORS } from '../types';
import { Choice, int, Text, text } from './fields';
import type { EditorTarget, EditorTask } from './usePlanEditor';

const APPLIES = ['EVERY_YEAR', 'BY_YEAR', 'FROM_TO'] as const;
type Draft = Pick<EditorTarget, 'taskId' | 'indicator' | 'comparator' | 'value' | 'applies' | 'year' | 'fromYear' | 'toYear' | 'perQuantity' | 'note'>;

/**
 * Create or edit a target: on a task or on the plan itself, an indicator of the catalogue, a
 * comparator and value, and when it applies (every year, by a year, from–to).
 */
export const TargetDialog = ({ target, taskId = null, tasks, onClose, onSave }: {
  target: EditorTarget | null; taskId?: string | null; tasks: EditorTask[]; onClose: () => void; onSave: (values: Record<string, unknown>) => Promise<boolean>;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The catalogue the caller reads (built-in, national, its province's), by name; the built-ins until it has loaded.
  const { data: catalogue } = useGetList<CatalogueIndicator>('Indicator', { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' } });
  const indicatorOptions = catalogue?.length
    ? catalogue.map((indicator) => ({ id: indicator.code, name: indicatorName(indicator, locale) }))
    : INDICATORS.map((id) => ({ id, name: `hoagiai.indicator.${id}` }));
  const [draft, setDraft] = useState<Draft>(target ?? {
    taskId, indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '', applies: 'EVERY_YEAR', year: null, fromYear: null, toYear: null, perQuantity: null, note: null,
  });
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = async () => {
    const values = {
      taskId: draft.taskId, indicator: draft.indicator, comparator: draft.comparator, value: draft.value.replace(',', '.'), applies: draft.applies,
      year: draft.applies === 'BY_YEAR' ? draft.year : null, fromYear: draft.applies === 'FROM_TO' ? draft.fromYear : null,
      toYear: draft.applies === 'FROM_TO' ? draft.toYear : null, perQuantity: draft.perQuantity, note: text(draft.note),
    };
    if (await onSave(values)) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate(target ? 'hoagiai.planEditor.editTarget' : 'hoagiai.planEditor.addTarget')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="target-dialog">
          {target ? null : (
            <Choice label="hoagiai.planEditor.targetOf" value={draft.taskId ?? 'PLAN'} empty={false} testId="target-owner" field="taskId"
              options={[{ id: 'PLAN', name: 'hoagiai.planEditor.thePlan' }, ...tasks.map((task) => ({ id: task.id, name: `${task.code}. ${task.title}` }))]}
              onChange={(owner) => set({ taskId: owner === 'PLAN' ? null : owner })} />
          )}
          <Choice label="hoagiai.planEditor.indicator" value={draft.indicator} empty={false} testId="target-indicator"
            options={indicatorOptions} onChange={(indicator) => set({ indicator: indicator ?? draft.indicator })} />
          <Stack direction="row" spacing={1}>
            <Choice label="hoagiai.planEditor.comparator" value={draft.comparator} empty={false} testId="target-comparator"
              options={COMPARATORS.map((id) => ({ id, name: `hoagiai.comparator.${id}` }))} onChange={(comparator) => set({ comparator: comparator ?? draft.comparator })} />
            <Text label="hoagiai.planEditor.value" value={draft.value} testId="target-value" required onChange={(value) => set({ value })} />
            <Text label="hoagiai.planEditor.perQuantity" type="number" value={draft.perQuantity} testId="target-perQuantity" onChange={(value) => set({ perQuantity: int(value) })} />
          </Stack>
          <Stack direction="row" spacing={1}>
            <Choice label="hoagiai.planEditor.applies" value={draft.applies} empty={false} testId="target-applies"
              options={APPLIES.map((id) => ({ id, name: `hoagiai.planEditor.appliesKinds.${id}` }))}
              onChange={(applies) => set({ applies: (applies ?? 'EVERY_YEAR') as Draft['applies'] })} />
            {draft.applies === 'BY_YEAR' ? <Text label="hoagiai.planEditor.year" type="number" value={draft.year} testId="target-year" onChange={(value) => set({ year: int(value) })} /> : null}
            {draft.applies === 'FROM_TO' ? (
              <>
                <Text label="hoagiai.planEditor.fromYear" type="number" value={draft.fromYear} testId="target-fromYear" onChange={(value) => set({ fromYear: int(value) })} />
                <Text label="hoagiai.planEditor.toYear" type="number" value={draft.toYear} testId="target-toYear" onChange={(value) => set({ toYear: int(value) })} />
              </>
            ) : null}
          </Stack>
          <Text label="hoagiai.planEditor.note" value={draft.note} testId="target-note" multiline onChange={(note) => set({ note })} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} data-testid="target-save">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};
