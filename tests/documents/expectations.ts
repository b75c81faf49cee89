import { expect } from 'vitest';
import type { OfficialPlan } from '../../server/src/modules/documents/official-plan';

/** Compares two plans field by field, so that a failure names the field. */
export function expectSamePlan(actual: OfficialPlan, expected: OfficialPlan): void {
  for (const field of Object.keys(expected) as (keyof OfficialPlan)[]) expect(actual[field], field).toEqual(expected[field]);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
}

/** The extensions of the refusal an action throws (code, field, reason, params); fails when it throws none. */
export function refusalOf(action: () => unknown): Record<string, unknown> {
  try {
    action();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('the action was not refused');
}
