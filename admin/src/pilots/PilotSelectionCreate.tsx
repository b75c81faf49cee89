import { useEffect, useState } from 'react';
import { Alert, Box, Button as MuiButton, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useNotify, useRedirect, useTranslate, type TranslateFunction } from 'react-admin';
import { CandidateTable } from './CandidateTable';
import { createPilotSelection, loadCandidates, loadPilotTasks } from './pilotActions';
import { taskName } from './selections';
import type { PilotRanking, PilotTask } from './types';
import { useLatestDataYear } from '../common/latestDataYear';

// The plan's unit too: cascaded drafts share their tasks' words and have no number yet.
const taskLabel = (task: PilotTask) => `${taskName(task)}${task.plan?.unit ? ` (${task.plan.unit.name})` : ''}`;

/** What to choose, in the criterion's number when it gives one: communes, or mediation teams. */
export function chooseTitle(ranking: Pick<PilotRanking, 'count' | 'candidateLevel'>, translate: TranslateFunction): string {
  const teams = ranking.candidateLevel === 'TEAM';
  if (!ranking.count) return translate(teams ? 'hoagiai.pilots.chooseAnyTeams' : 'hoagiai.pilots.chooseAny');
  return translate(teams ? 'hoagiai.pilots.chooseTeams' : 'hoagiai.pilots.choose', { count: ranking.count, smart_count: ranking.count });
}

/**
 * Pilot direction: rank the communes (or a district's mediation teams) by the task's criteria on a
 * year's data, choose (the number the criterion asks for), say why, and record. The server keeps
 * the ranking exactly as shown.
 */
export const PilotSelectionCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [tasks, setTasks] = useState<PilotTask[] | null>(null);
  const [taskId, setTaskId] = useState('');
  const latest = useLatestDataYear();
  const [year, setYear] = useState('');
  const [ranking, setRanking] = useState<PilotRanking | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (latest != null) setYear((current) => current || String(latest));
  }, [latest]);

  useEffect(() => {
    loadPilotTasks().then((found) => {
      setTasks(found);
      if (found.length > 0) setTaskId(String(found[0].id));
    }).catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [notify]);

  const act = async (call: () => Promise<void>) => {
    setBusy(true);
    try {
      await call();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const rank = () => act(async () => {
    setRanking(await loadCandidates(taskId, Number(year)));
    setChosen(new Set());
  });
  const save = () => act(async () => {
    const id = await createPilotSelection(taskId, Number(year), [...chosen], rationale, ranking?.candidateLevel === 'TEAM');
    notify('hoagiai.pilots.saved', { type: 'success' });
    redirect('show', 'PilotSelection', id);
  });
  const toggle = (unitId: string) => setChosen((before) => {
    const after = new Set(before);
    if (after.has(unitId)) after.delete(unitId);
    else after.add(unitId);
    return after;
  });
  const enough = ranking && (ranking.count == null ? chosen.size > 0 : chosen.size === ranking.count);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('resources.PilotSelection.name', { smart_count: 1 })} />
      <CardContent>
        {tasks && tasks.length === 0 ? <Alert severity="info">{translate('hoagiai.pilots.noTasks')}</Alert> : null}
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
          <TextField select label={translate('hoagiai.pilots.task')} value={taskId} onChange={(e) => setTaskId(e.target.value)} sx={{ minWidth: 420 }}
            inputProps={{ 'data-testid': 'pilot-task' }}>
            {(tasks ?? []).map((task) => <MenuItem key={String(task.id)} value={String(task.id)}>{taskLabel(task)}</MenuItem>)}
          </TextField>
          <TextField label={translate('hoagiai.pilots.year')} type="number" value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 200 }}
            inputProps={{ 'data-testid': 'pilot-year' }} />
          <MuiButton variant="outlined" onClick={rank} disabled={!taskId || busy} data-testid="pilot-rank">{translate('hoagiai.pilots.rank')}</MuiButton>
        </Stack>
        {ranking ? (
          <Box sx={{ mt: 3 }}>
            <Typography variant="subtitle1">{translate('hoagiai.pilots.criteria')}</Typography>
            <ul>{ranking.criteria.map((c) => <li key={String(c.id)}><Typography variant="body2">{c.text}</Typography></li>)}</ul>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('hoagiai.pilots.priorities')}: {ranking.priorities.map((p) => translate(`hoagiai.pilots.priority.${p}`)).join(' → ')}
            </Typography>
            <Typography variant="h6">
              {chooseTitle(ranking, translate)}
              {' · '}{translate('hoagiai.pilots.chosen', { count: chosen.size })}
            </Typography>
            <CandidateTable candidates={ranking.candidates} level={ranking.candidateLevel} chosen={chosen} onToggle={toggle} />
            <TextField label={translate('resources.PilotSelection.fields.rationale')} value={rationale} onChange={(e) => setRationale(e.target.value)}
              fullWidth multiline minRows={3} sx={{ mt: 2 }} inputProps={{ 'data-testid': 'pilot-rationale' }} />
            <MuiButton variant="contained" sx={{ mt: 2 }} onClick={save} disabled={!enough || rationale.trim().length < 10 || busy} data-testid="pilot-save">
              {translate('hoagiai.pilots.save')}
            </MuiButton>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
