import { useEffect, useState } from 'react';
import { gql } from '@apollo/client';
import { Box, Button, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, TextField, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import type { BudgetLine, Plan } from './types';
import { AddLineButton, LineActions } from './editor/BudgetEditing';
import { WhenPlanWritable } from './writable';

const PLAN_BUDGET = gql`
  query PlanBudget($id: ID!, $year: Int!) {
    Plan(id: $id) { id budgetTotal yearTotal: budgetTotal(year: $year)
      budgetLines { id code title amount parentId scheduleKind scheduleYear scheduleNote version } }
  }
`;

type Budget = { budgetTotal: string | null; yearTotal: string | null; budgetLines: BudgetLine[] };

/** Million VND as the user's language writes numbers, exact (the server sends decimals as strings). */
const formatAmount = (amount: string | null, locale: string) => {
  if (amount == null) return '—';
  const [whole, fraction] = amount.split('.');
  const grouped = Number(whole).toLocaleString(locale);
  return fraction ? `${grouped}${locale.startsWith('vi') ? ',' : '.'}${fraction}` : grouped;
};

/**
 * The budget appendix as a tree, with the appendix column total and the total of a chosen year
 * (a line for one year only counts in that year). Totals come from the server, computed in SQL
 * numeric; the page never adds amounts itself.
 */
export const BudgetTree = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [year, setYear] = useState<number>(() => plan?.periodFrom ?? new Date().getFullYear());
  const [budget, setBudget] = useState<Budget | null>(null);
  const [locale] = useLocaleState();
  // Bumped after the editor's own writes (adding, moving, deleting lines), which leave the plan's version as it is.
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((n) => n + 1);

  useEffect(() => {
    if (!plan?.id || !Number.isInteger(year)) return;
    let current = true;
    apolloClient
      .query<{ Plan: Budget | null }>({ query: PLAN_BUDGET, variables: { id: plan.id, year }, fetchPolicy: 'no-cache' })
      .then(({ data }) => current && setBudget(data.Plan));
    return () => {
      current = false;
    };
  }, [plan?.id, plan?.version, year, generation]);

  if (!budget || !plan) return null;
  const adding = <WhenPlanWritable><Box sx={{ mb: 2 }}><AddLineButton plan={plan} lines={budget.budgetLines} onSaved={reload} /></Box></WhenPlanWritable>;
  if (!budget.budgetLines.length) return <Box>{adding}<Typography color="text.secondary">{translate('hoagiai.plans.budget.empty')}</Typography></Box>;
  return (
    <Box>
      {adding}
      <Table size="small" data-testid="budget-tree">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.BudgetLine.fields.code')}</TableCell>
            <TableCell>{translate('resources.BudgetLine.fields.title')}</TableCell>
            <TableCell>{translate('resources.BudgetLine.fields.scheduleKind')}</TableCell>
            <TableCell align="right">{translate('resources.BudgetLine.fields.amount')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {budget.budgetLines.map((line) => {
            const depth = line.code.split('.').length - 1;
            return (
              <TableRow key={line.id} data-testid={`budget-line-${line.code}`}>
                <TableCell sx={{ pl: 2 + depth * 3, fontWeight: depth ? 400 : 600 }}>{line.code}</TableCell>
                <TableCell sx={{ pl: 2 + depth * 3 }}>{line.title}</TableCell>
                <TableCell>{line.scheduleNote ?? (line.scheduleKind ? translate(`hoagiai.scheduleKind.${line.scheduleKind}`) : '')}</TableCell>
                <TableCell align="right" data-testid={`budget-amount-${line.code}`}>{formatAmount(line.amount, locale)}</TableCell>
                <TableCell>
                  <Button component={Link} to={createPath({ resource: 'BudgetLine', id: line.id, type: 'edit' })} size="small" startIcon={<EditIcon />}
                    data-testid={`budget-edit-${line.code}`}>
                    {translate('hoagiai.plans.budget.edit')}
                  </Button>
                  <LineActions plan={plan} line={line} lines={budget.budgetLines} onSaved={reload} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={3}>{translate('hoagiai.plans.budget.columnTotal')}</TableCell>
            <TableCell align="right" data-testid="budget-total">{formatAmount(budget.budgetTotal, locale)}</TableCell>
            <TableCell>{translate('hoagiai.plans.budget.unit')}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell colSpan={3}>
              <Box display="flex" alignItems="center" gap={2}>
                {translate('hoagiai.plans.budget.yearTotal', { year })}
                <TextField type="number" size="small" label={translate('hoagiai.plans.budget.year')} value={year}
                  onChange={(event) => setYear(Number(event.target.value))} inputProps={{ 'data-testid': 'budget-year' }} sx={{ width: 110 }} />
              </Box>
            </TableCell>
            <TableCell align="right" data-testid="budget-year-total">{formatAmount(budget.yearTotal, locale)}</TableCell>
            <TableCell>{translate('hoagiai.plans.budget.unit')}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
};
