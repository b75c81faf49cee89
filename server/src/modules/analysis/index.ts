import { PlanReachResolver } from './plan-reach.resolver';
import { TargetBelowResolver, TargetEvaluationUnitResolver } from './target-below.resolver';

/**
 * Questions analysts ask in one request (issue 8, 3b), over the units below a unit: a target's
 * evaluation for each of them, and which of them have no plan implementing a plan. (Unit lists
 * sorted by an indicator live in the units module; the mean of the children's rates in the
 * indicators module's pilot comparison.)
 */
export const analysisModule = { resolvers: [PlanReachResolver, TargetBelowResolver, TargetEvaluationUnitResolver], entities: [] };
