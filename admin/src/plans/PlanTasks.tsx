import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { targetIndicatorName } from '../indicators/catalogueChoices';
import { AgencyChips } from './AgencyChips';
import type { Plan, PlanTask, Target } from './types';

const targetText = (target: Target, translate: (key: string, options?: Record<string, unknown>) => string, locale: string) => {
  const unit = target.unit === 'PERCENT' ? '%' : target.perQuantity ? ` / ${target.perQuantity}` : '';
  const when = target.applies === 'EVERY_YEAR' ? translate('hoagiai.plans.everyYear')
    : target.applies === 'FROM_TO' ? translate('hoagiai.planEditor.fromTo', { from: target.fromYear, to: target.toYear })
      : translate('hoagiai.plans.byYear', { year: target.year });
  return `${targetIndicatorName(target, translate, locale)} ${translate(`hoagiai.comparator.${target.comparator}`)} ${target.value}${unit}, ${when}`;
};

const TaskCard = ({ task }: { task: PlanTask }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const schedule = task.scheduleNote ?? (task.scheduleKind ? translate(`hoagiai.scheduleKind.${task.scheduleKind}`) : null);
  return (
    <Card variant="outlined" data-testid={`task-${task.code}`}>
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600}>{task.code}. {task.title}</Typography>
        {task.description ? <Typography variant="body2" sx={{ whiteSpace: 'pre-line', my: 1 }}>{task.description}</Typography> : null}
        <Stack spacing={1}>
          <AgencyChips title={translate('hoagiai.plans.lead')} agencies={task.agencies.filter((a) => a.role === 'LEAD')} />
          <AgencyChips title={translate('hoagiai.plans.coordinating')} agencies={task.agencies.filter((a) => a.role === 'COORDINATING')} />
          {schedule ? <Typography variant="body2" color="text.secondary">{translate('resources.BudgetLine.fields.scheduleKind')}: {schedule}</Typography> : null}
          {task.targets.length ? (
            <Box>
              <Typography variant="body2" fontWeight={600}>{translate('hoagiai.plans.targets')}</Typography>
              <ul style={{ margin: 0 }}>{task.targets.map((target) => <li key={target.id}>{targetText(target, translate, locale)}</li>)}</ul>
            </Box>
          ) : null}
          {task.criteria.length ? (
            <Box>
              <Typography variant="body2" fontWeight={600}>{translate('hoagiai.plans.criteria')}</Typography>
              <ul style={{ margin: 0 }}>{task.criteria.map((criterion, index) => <li key={index}>{criterion.text}</li>)}</ul>
            </Box>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The plan's tasks in code order, each with its agencies, timing, targets and criteria. */
export const PlanTasks = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (!plan?.tasks?.length) return <Typography color="text.secondary">{translate('hoagiai.plans.noTasks')}</Typography>;
  return <Stack spacing={2}>{plan.tasks.map((task) => <TaskCard key={task.id} task={task} />)}</Stack>;
};
