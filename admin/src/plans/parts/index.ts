/** The parts of a plan beside tasks and budget (issue 7): tabs of the plan page, and the copy action. */
export { CopyPlanButton } from './CopyPlanButton';
export { CriteriaTab } from './CriteriaTab';
export { ReportingRulesTab } from './ReportingRulesTab';
export { ResponsibilitiesTab } from './ResponsibilitiesTab';
