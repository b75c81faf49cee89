import { BudgetLineEntity } from './budget-line.entity';
import { BudgetLineResolver } from './budget-line.resolver';
import { LegalDocumentEntity } from './legal-document.entity';
import { LegalDocumentResolver } from './legal-document.resolver';
import { PlanAmendmentEntity, ReportingRuleEntity, ResponsibilityEntity } from './plan-detail.entity';
import { PlanAgencyEntity, PlanTaskEntity, TaskCriterionEntity } from './plan-task.entity';
import { AgencyAssignmentResolver, PlanTaskResolver, ReportingRuleResolver, ResponsibilityResolver } from './plan-task.resolver';
import { PlanEntity } from './plan.entity';
import { PlanResolver } from './plan.resolver';
import { TargetEntity } from './target.entity';
import { TargetResolver } from './target.resolver';
import { ReportingRuleCrudResolver } from './reporting-rule.resolver';
import { ResponsibilityCrudResolver } from './responsibility.resolver';
import { TaskCriterionResolver } from './task-criterion.resolver';
import { PlanCopyResolver } from './plan-copy.resolver';
import { PlanCarryOverResolver } from './plan-carry-over.resolver';

/** The plans module's registrations, spread into modules/index.ts. */
export const planResolvers = [
  LegalDocumentResolver, PlanResolver, PlanTaskResolver, AgencyAssignmentResolver, ResponsibilityResolver, ReportingRuleResolver,
  TargetResolver, BudgetLineResolver,
  // issue 7b: responsibilities, reporting rules and task criteria as resources
  ResponsibilityCrudResolver, ReportingRuleCrudResolver, TaskCriterionResolver, PlanCopyResolver,
  // issue 8: plans across the 2025 reform
  PlanCarryOverResolver,
] as const;

export const planEntities = [
  LegalDocumentEntity, PlanEntity, PlanTaskEntity, PlanAgencyEntity, TaskCriterionEntity, TargetEntity, BudgetLineEntity,
  ResponsibilityEntity, ReportingRuleEntity, PlanAmendmentEntity,
] as const;
