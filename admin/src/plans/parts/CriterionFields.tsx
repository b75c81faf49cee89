import { Box, Stack, Typography } from '@mui/material';
import { ArrayInput, BooleanInput, CheckboxGroupInput, FormDataConsumer, NumberInput, RadioButtonGroupInput, SelectInput, SimpleFormIterator, useTranslate } from 'react-admin';
import type { TaskCriterion } from './api';
import {
  agencyKindChoices, candidateLevelChoices, conditionChoices, levelChoices, mediatorTopicChoices, poolActionChoices, poolEnsureChoices, priorityChoices,
  priorityModeChoices, traineeChoices, trainerTopicChoices, withinChoices, workforceActionChoices, workforceEnsureChoices,
} from './choices';

const L = (key: string) => `hoagiai.planParts.criterion.${key}`;

/** Chỉ đạo điểm: who chooses (with whom), among what, communes or teams, how many, the priorities in order. */
const PilotSelectionFields = () => {
  const translate = useTranslate();
  return (
    <Stack>
      <Typography variant="subtitle2">{translate(L('selectedBy'))}</Typography>
      <Stack direction="row" spacing={2}>
        <SelectInput source="pilotSelection.selectedBy.agencyKind" label={L('agencyKind')} choices={agencyKindChoices} />
        <SelectInput source="pilotSelection.selectedBy.level" label={L('level')} choices={levelChoices} />
      </Stack>
      <Typography variant="subtitle2">{translate(L('together'))}</Typography>
      <Stack direction="row" spacing={2}>
        <SelectInput source="pilotSelection.together.agencyKind" label={L('agencyKind')} choices={agencyKindChoices} emptyText="—" />
        <SelectInput source="pilotSelection.together.level" label={L('level')} choices={levelChoices} emptyText="—" />
      </Stack>
      <Stack direction="row" spacing={2}>
        <SelectInput source="pilotSelection.within" label={L('within')} choices={withinChoices} />
        <RadioButtonGroupInput source="pilotSelection.candidateLevel" label={L('candidateLevel')} choices={candidateLevelChoices} />
        <NumberInput source="pilotSelection.count" label={L('count')} min={1} />
      </Stack>
      <Box data-testid="pilot-priorities">
        <ArrayInput source="pilotSelection.priorityList" label={L('priorities')}>
          <SimpleFormIterator inline>
            <SelectInput source="priority" label={L('priority')} choices={priorityChoices} sx={{ minWidth: 360 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Stack direction="row" spacing={2}>
        <SelectInput source="pilotSelection.priorityMode" label={L('priorityMode')} choices={priorityModeChoices} />
        <BooleanInput source="pilotSelection.conditional" label={L('conditional')} />
      </Stack>
    </Stack>
  );
};

/** Đội ngũ tập huấn viên: levels, actions, what to ensure, ratios (1 per 80 teams) and composition. */
const TrainerPoolFields = () => (
  <Stack>
    <CheckboxGroupInput source="trainerPool.levels" label={L('levels')} choices={levelChoices} />
    <CheckboxGroupInput source="trainerPool.actions" label={L('actions')} choices={poolActionChoices} />
    <CheckboxGroupInput source="trainerPool.ensure" label={L('ensure')} choices={poolEnsureChoices} />
    <ArrayInput source="trainerPool.ratios" label={L('ratios')}>
      <SimpleFormIterator inline>
        <SelectInput source="level" label={L('level')} choices={levelChoices} />
        <NumberInput source="trainers" label={L('trainers')} min={1} />
        <NumberInput source="perTeams" label={L('perTeams')} min={1} />
      </SimpleFormIterator>
    </ArrayInput>
    <CheckboxGroupInput source="trainerPool.composition" label={L('composition')} choices={agencyKindChoices} />
  </Stack>
);

const TrainerTrainingFields = () => (
  <Stack>
    <CheckboxGroupInput source="trainerTraining.levels" label={L('levels')} choices={levelChoices} />
    <CheckboxGroupInput source="trainerTraining.topics" label={L('topics')} choices={trainerTopicChoices} />
  </Stack>
);

const MediatorWorkforceFields = () => (
  <Stack>
    <CheckboxGroupInput source="mediatorWorkforce.actions" label={L('actions')} choices={workforceActionChoices} />
    <CheckboxGroupInput source="mediatorWorkforce.when" label={L('when')} choices={conditionChoices} />
    <CheckboxGroupInput source="mediatorWorkforce.ensure" label={L('ensure')} choices={workforceEnsureChoices} />
    <Stack direction="row" spacing={2}>
      <NumberInput source="mediatorWorkforce.minMediatorsPerTeam" label={L('minMediatorsPerTeam')} min={3} />
      <NumberInput source="mediatorWorkforce.minWomenPerTeam" label={L('minWomenPerTeam')} min={1} />
    </Stack>
  </Stack>
);

const MediatorTrainingFields = () => (
  <Stack>
    <SelectInput source="mediatorTraining.trainees" label={L('trainees')} choices={traineeChoices} />
    <CheckboxGroupInput source="mediatorTraining.topics" label={L('topics')} choices={mediatorTopicChoices} />
  </Stack>
);

/** The fields of the chosen kind: each kind is a form of its own, never raw JSON. */
export const CriterionFields = () => (
  <FormDataConsumer>
    {({ formData }) => {
      switch (formData.kind) {
        case 'PILOT_SELECTION': return <PilotSelectionFields />;
        case 'TRAINER_POOL': return <TrainerPoolFields />;
        case 'TRAINER_TRAINING': return <TrainerTrainingFields />;
        case 'MEDIATOR_WORKFORCE': return <MediatorWorkforceFields />;
        case 'MEDIATOR_TRAINING': return <MediatorTrainingFields />;
        default: return null;
      }
    }}
  </FormDataConsumer>
);

const INPUT_OF: Record<string, 'pilotSelection' | 'trainerPool' | 'trainerTraining' | 'mediatorWorkforce' | 'mediatorTraining'> = {
  PILOT_SELECTION: 'pilotSelection', TRAINER_POOL: 'trainerPool', TRAINER_TRAINING: 'trainerTraining', MEDIATOR_WORKFORCE: 'mediatorWorkforce',
  MEDIATOR_TRAINING: 'mediatorTraining',
};

type FormValues = Record<string, any>;
const blank = (value: unknown) => value === '' || value === undefined || value === null;

/** The form's values as the mutation's input: only the kind's own input, blanks as null, the ordered priorities as a list. */
export function criterionInput(values: FormValues) {
  const kind = values.kind as string;
  const input = INPUT_OF[kind];
  const own = structuredClone(values[input] ?? {}) as FormValues;
  if (kind === 'PILOT_SELECTION') {
    own.priorities = (own.priorityList ?? []).map((item: { priority: string }) => item.priority).filter(Boolean);
    delete own.priorityList;
    if (blank(own.together?.agencyKind) || blank(own.together?.level)) own.together = null;
    own.count = blank(own.count) ? null : Number(own.count);
  }
  if (kind === 'MEDIATOR_WORKFORCE') {
    for (const key of ['minMediatorsPerTeam', 'minWomenPerTeam']) own[key] = blank(own[key]) ? null : Number(own[key]);
  }
  const inputs: FormValues = { pilotSelection: null, trainerPool: null, trainerTraining: null, mediatorWorkforce: null, mediatorTraining: null };
  if (input) inputs[input] = own;
  return { kind, text: values.text, ...inputs };
}

/** A criterion as the form's values (the priorities as a list of rows the iterator can reorder). */
export function criterionValues(criterion: TaskCriterion | null, taskId: string | undefined): FormValues {
  if (!criterion) {
    return {
      taskId, kind: 'PILOT_SELECTION', text: '',
      pilotSelection: { selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, within: 'PLAN_UNIT', candidateLevel: 'COMMUNE', count: null, priorityList: [], priorityMode: 'ANY', conditional: false },
      trainerPool: { levels: [], actions: [], ensure: [], ratios: [], composition: [] },
      trainerTraining: { levels: [], topics: [] },
      mediatorWorkforce: { actions: [], when: [], ensure: [] },
      mediatorTraining: { trainees: 'MEDIATORS', topics: [] },
    };
  }
  const values: FormValues = { ...criterionValues(null, criterion.taskId), taskId: criterion.taskId, kind: criterion.kind, text: criterion.text };
  const own = criterion[INPUT_OF[criterion.kind]];
  if (own) values[INPUT_OF[criterion.kind]] = structuredClone(own);
  if (criterion.pilotSelection) {
    values.pilotSelection.priorityList = criterion.pilotSelection.priorities.map((priority) => ({ priority }));
    delete values.pilotSelection.priorities;
    values.pilotSelection.together ??= { agencyKind: '', level: '' };
  }
  return values;
}
