import AssignmentIcon from '@mui/icons-material/Assignment';
import { BudgetLineEdit } from './BudgetLineEdit';
import { PlanCreate } from './PlanCreate';
import { PlanEdit } from './PlanEdit';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';
import type { BudgetLine, Plan } from './types';

export { PlanImport } from './import/PlanImport';

export { plansEn } from './messages.en';
export { plansVi } from './messages.vi';

/** Plans (kế hoạch): list, show with tasks, budget tree and cascade, edit, create. */
export const plans = {
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: AssignmentIcon,
  // The unit too: cascaded drafts share their parent's words and have no number yet.
  recordRepresentation: (record: Plan) => `${record.number ?? record.title}${record.unit ? ` · ${record.unit.name}` : ''}`,
};

/** Budget lines are edited one at a time from their plan's budget tab; they have no menu entry. */
export const budgetLines = {
  edit: BudgetLineEdit,
  recordRepresentation: (record: BudgetLine) => `${record.code}. ${record.title}`,
};
