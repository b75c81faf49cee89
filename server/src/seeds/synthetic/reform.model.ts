import { randomFor } from './prng';
import type { Destination, SuccessorRef } from './synthetic.types';

/**
 * Where a hamlet goes at the 2025 reform. A commune that went wholly into one 2025 commune (FULL):
 * there, as app.move_full_mapped_hamlets would move it. A split commune (PARTIAL): the generator
 * chooses among its successors, hamlet by hamlet, and records that it chose (GENERATED), as a
 * province admin would assign it. An unmapped commune: nowhere yet (the hamlet stays unassigned).
 */
export function destinationOf(seed: number, provinceCode: string, communeCode: string, successors: SuccessorRef[], hamletIndex: number): Destination | null {
  if (successors.length === 0) return null;
  if (successors.length === 1 && successors[0].kind === 'FULL') return { code: successors[0].code, basis: 'FULL_MAPPING' };
  const choices = [...successors].sort((a, b) => a.code.localeCompare(b.code));
  return { code: randomFor(seed, provinceCode, communeCode, 'reform', hamletIndex).pick(choices).code, basis: 'GENERATED' };
}

/** The note a generated move carries. */
export const generatedMoveNote = (seed: number) =>
  `Chosen by the synthetic demo generator (seed ${seed}) among the successors of a split commune; a province admin would assign it.`;
