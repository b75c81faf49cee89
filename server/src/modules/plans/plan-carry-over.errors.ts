import { badInput, explainConstraint } from '../../core/errors';

/**
 * Why a carry-over across the 2025 reform is refused (plan-carry-over.service.ts). Kept apart from
 * plan.errors.ts: the reasons are the reform's, and the catalogue (core/reasons.ts) lists them.
 */
export const carryOverErrors = {
  notASuccessor: (unit: { id: number; name: string }, planUnit: { id: number; name: string }) =>
    badInput('unitId', `${unit.name} (${unit.id}) did not succeed ${planUnit.name} (${planUnit.id}): a plan is carried over only to a unit that succeeded its unit`,
      'NOT_A_SUCCESSOR', { unitId: unit.id, planUnitId: planUnit.id }),
  noSuccessorWritten: () =>
    badInput('unitId', 'None of your units succeeded the plan\'s unit: a plan is carried over only to a unit that succeeded its unit',
      'NOT_A_SUCCESSOR', {}),
  chooseUnit: () => badInput('unitId', 'Several of your units succeeded the plan\'s unit: say which one carries the plan over', 'INVALID_INPUT'),
  alreadyCarriedOver: (planId: number) =>
    badInput('planId', `The unit already carries this plan over (plan ${planId})`, 'ALREADY_CARRIED_OVER', { planId }),
  period: (field: 'periodFrom' | 'periodTo', message: string, params: Record<string, unknown>) =>
    badInput(field, message, 'CARRY_OVER_PERIOD_INVALID', params),
};

// The database's last line (migration 20261203030000), named as the fields they guard.
explainConstraint('plan_carried_over_to_successor', 'unitId', 'A plan is carried over only to a unit that succeeded the plan\'s unit', 'NOT_A_SUCCESSOR');
explainConstraint('plan_one_carry_over_per_unit', 'planId', 'The unit already carries this plan over', 'ALREADY_CARRIED_OVER');
explainConstraint('plan_carried_over_from_id_fkey', 'id', 'Plans of successor units carry this plan over: delete them first', 'REFERENCE_INVALID');
explainConstraint('plan_not_carried_over_from_self', 'planId', 'A plan cannot carry itself over', 'NOT_A_SUCCESSOR');
