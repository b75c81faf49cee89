import { Box, Card, CardActionArea, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { describe } from '../../i18n/describeRefusal';
import type { AgencyChoice, DraftAgency, PlanDraft, PlanReading } from './importApi';

type Props = {
  reading: PlanReading;
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  /** The draft path whose text is highlighted ("number", "tasks[2]", "budget"). */
  selected: string | null;
  onSelect: (path: string) => void;
};

const GENERIC = '';

/** One agency of a task: one of the unit's agencies (or its ancestors'), or the kind and level the text names. */
const AgencySelect = ({ agency, original, choices, onChange, testId }: {
  agency: DraftAgency; original: DraftAgency; choices: AgencyChoice[]; onChange: (agency: DraftAgency) => void; testId: string;
}) => {
  const translate = useTranslate();
  const generic = original.agencyId ? null : original;
  const words = [original.agencyKind ? translate(`hoagiai.agencyKind.${original.agencyKind}`, { _: original.agencyKind }) : null,
    original.agencyLevel ? translate(`hoagiai.agencyLevel.${original.agencyLevel}`) : null].filter(Boolean).join(' ');
  return (
    <TextField
      select size="small" fullWidth value={agency.agencyId ?? GENERIC} label={agency.label}
      SelectProps={{ native: true }} InputLabelProps={{ shrink: true }} inputProps={{ 'data-testid': testId }}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => {
        const choice = choices.find((c) => c.id === event.target.value);
        onChange(choice ? { label: choice.name, agencyId: choice.id, agencyKind: null, agencyLevel: null } : (generic ?? { ...original, agencyId: null }));
      }}
    >
      <option value={GENERIC}>{generic ? `${translate('hoagiai.planImport.generic')}: ${words || generic.label}` : translate('hoagiai.planImport.chooseAgency')}</option>
      {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
    </TextField>
  );
};

/** A part of the draft that highlights its text when clicked. */
const Part = ({ path, selected, onSelect, children, testId }: { path: string; selected: string | null; onSelect: (path: string) => void; children: React.ReactNode; testId: string }) => (
  <Card variant="outlined" sx={{ mb: 1, borderColor: selected === path ? '#f9a825' : undefined, borderWidth: selected === path ? 2 : 1 }}>
    <CardActionArea component="div" onClick={() => onSelect(path)} data-testid={testId}>
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>{children}</CardContent>
    </CardActionArea>
  </Card>
);

type TaskCardProps = Pick<Props, 'reading' | 'selected' | 'onSelect'> & { task: PlanDraft['tasks'][number]; index: number; onLead: (j: number, agency: DraftAgency) => void };

/** A task: its title, its lead agencies to correct, its coordinating agencies, timing and targets as read. */
const TaskCard = ({ task, index, reading, selected, onSelect, onLead }: TaskCardProps) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`hoagiai.planImport.${key}`);
  return (
    <Part path={`tasks[${index}]`} selected={selected} onSelect={onSelect} testId={`draft-task-${index}`}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{task.code}. {task.title}</Typography>
      <Typography variant="caption" color="text.secondary">{t('lead')}</Typography>
      <Stack spacing={1} sx={{ mt: 0.5 }}>
        {task.lead.map((agency, j) => (
          <AgencySelect key={j} agency={agency} original={reading.draft.tasks[index]?.lead[j] ?? agency} choices={reading.agencyChoices}
            onChange={(next) => onLead(j, next)} testId={`draft-task-${index}-lead-${j}`} />
        ))}
      </Stack>
      {task.coordinating.length ? (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {t('coordinating')}: {task.coordinating.map((a) => a.label).join('; ')}
        </Typography>
      ) : null}
      {task.scheduleNote ? <Typography variant="caption" component="div">{t('timing')}: {task.scheduleNote}</Typography> : null}
      {task.targets.map((target, j) => (
        <Chip key={j} size="small" sx={{ mr: 0.5, mt: 0.5 }}
          label={`${target.indicator ? translate(`hoagiai.indicator.${target.indicator}`, { _: target.indicatorText }) : target.indicatorText} ${translate(`hoagiai.comparator.${target.comparator}`)} ${target.value}${target.unit === 'PERCENT' ? '%' : ''}${target.year ? ` (${target.year})` : ''}`} />
      ))}
    </Part>
  );
};

/** The budget appendix as read, with its printed total. */
const BudgetCard = ({ draft, selected, onSelect }: Pick<Props, 'draft' | 'selected' | 'onSelect'>) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`hoagiai.planImport.${key}`);
  return (
    <Part path="budget" selected={selected} onSelect={onSelect} testId="draft-part-budget">
      <Typography variant="subtitle1">{t('budget')}</Typography>
      <Table size="small">
        <TableHead><TableRow><TableCell>{t('code')}</TableCell><TableCell>{t('content')}</TableCell><TableCell align="right">{t('amount')}</TableCell></TableRow></TableHead>
        <TableBody>
          {draft.budgetLines.map((line) => (
            <TableRow key={line.code}><TableCell>{line.code}</TableCell><TableCell>{line.title}</TableCell><TableCell align="right">{line.amount}</TableCell></TableRow>
          ))}
          <TableRow><TableCell /><TableCell><b>{t('total')}</b></TableCell><TableCell align="right" data-testid="draft-budget-total"><b>{draft.budgetTotal}</b></TableCell></TableRow>
        </TableBody>
      </Table>
    </Part>
  );
};

/** What could not be placed, with why (a click marks it in the text), and the reader's warnings. */
const Leftovers = ({ reading, onSelect }: Pick<Props, 'reading' | 'onSelect'>) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`hoagiai.planImport.${key}`, args);
  return (
    <>
      {reading.warnings.length ? (
        <Box sx={{ mt: 2 }} data-testid="import-warnings">
          <Typography variant="subtitle1">{t('warnings')}</Typography>
          {reading.warnings.map((warning, index) => (
            <Typography key={index} variant="body2" color="warning.main">• {translate(`hoagiai.planImport.warning.${warning.code}`, { _: warning.message })}</Typography>
          ))}
        </Box>
      ) : null}
      <Box sx={{ mt: 2 }} data-testid="import-unplaced">
        <Typography variant="subtitle1">{t('unplaced', { count: reading.unplaced.length })}</Typography>
        {reading.unplaced.map((item, index) => (
          <MenuItem key={index} dense onClick={() => onSelect(`unplaced[${index}]`)} sx={{ whiteSpace: 'normal', display: 'block' }}>
            <Typography variant="caption" color="error">{describe({ reason: item.reason, message: item.reason }, locale)}</Typography>
            <Typography variant="body2">{item.text.length > 160 ? `${item.text.slice(0, 160)}…` : item.text}</Typography>
          </MenuItem>
        ))}
      </Box>
    </>
  );
};

/** The draft for review: header fields, what it implements, tasks, budget, closing, then what was not placed. */
export const DraftReview = ({ reading, draft, onChange, selected, onSelect }: Props) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`hoagiai.planImport.${key}`, args);
  const set = (changes: Partial<PlanDraft>) => onChange({ ...draft, ...changes });
  const setLead = (task: number, index: number, agency: DraftAgency) =>
    set({ tasks: draft.tasks.map((item, i) => (i === task ? { ...item, lead: item.lead.map((a, j) => (j === index ? agency : a)) } : item)) });
  return (
    <Box data-testid="import-draft">
      <Part path="number" selected={selected} onSelect={onSelect} testId="draft-part-number">
        <Stack direction="row" spacing={1}>
          <TextField size="small" label={t('number')} value={draft.number ?? ''} onChange={(e) => set({ number: e.target.value || null })} inputProps={{ 'data-testid': 'draft-number' }} />
          <TextField size="small" label={t('issuedOn')} value={draft.issuedOn ?? ''} disabled />
          <TextField size="small" label={t('period')} value={`${draft.periodFrom ?? '…'} – ${draft.periodTo ?? '…'}`} disabled />
        </Stack>
      </Part>
      <Part path="title" selected={selected} onSelect={onSelect} testId="draft-part-title">
        <TextField size="small" fullWidth multiline label={t('title_')} value={draft.title} onChange={(e) => set({ title: e.target.value })} inputProps={{ 'data-testid': 'draft-title' }} />
      </Part>
      {draft.implements ? (
        <Part path="implements" selected={selected} onSelect={onSelect} testId="draft-part-implements">
          <Typography variant="body2">
            {t('implements')}: <b>{draft.implements.numberSymbol ?? draft.implements.title}</b>{' '}
            <Chip size="small" label={draft.implements.matchedPlanId || draft.implements.matchedDocumentId ? t('known') : t('willBeCreated')} />
          </Typography>
        </Part>
      ) : null}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>{t('tasks', { count: draft.tasks.length })}</Typography>
      {draft.tasks.map((task, index) => (
        <TaskCard key={task.code} task={task} index={index} reading={reading} selected={selected} onSelect={onSelect} onLead={(j, agency) => setLead(index, j, agency)} />
      ))}
      {draft.budgetLines.length ? <BudgetCard draft={draft} selected={selected} onSelect={onSelect} /> : null}
      <Part path="signer" selected={selected} onSelect={onSelect} testId="draft-part-signer">
        <Typography variant="body2">{t('signer')}: {[draft.signerSignsFor, draft.signerCapacity, draft.signerName].filter(Boolean).join(' · ')}</Typography>
        <Typography variant="caption">{t('responsibilities', { count: draft.responsibilities.length })} · {t('reportingRules', { count: draft.reportingRules.length })} · {t('recipients', { count: draft.recipients.length })}</Typography>
      </Part>
      <Leftovers reading={reading} onSelect={onSelect} />
    </Box>
  );
};
