import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Plan } from './types';

/**
 * Whether the plan on the page may be changed by the caller (the server's Plan.writable: in the
 * caller's write scope, not CLOSED). Only shapes the page: the server still decides every request.
 */
export const usePlanWritable = (): boolean => useRecordContext<Plan>()?.writable === true;

/** Its children only on a plan the caller may change. */
export const WhenPlanWritable = ({ children }: { children: ReactNode }) => (usePlanWritable() ? <>{children}</> : null);

/** Said instead of an editor on a plan the caller may only read. */
export const PlanReadOnly = () => {
  const translate = useTranslate();
  return <Alert severity="info" data-testid="plan-read-only">{translate('hoagiai.plans.readOnly')}</Alert>;
};
