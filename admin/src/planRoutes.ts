import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from './common/lazyView';
import type { BudgetLine, Plan } from './plans/types';

// The plan screens (admin/src/plans) load as one chunk on first use: their module is imported
// lazily as a whole, so the folder's own index keeps its shape. The icon and the record
// representation are needed before any screen renders (menu, breadcrumbs), so they live here.
const plansModule = async () => (await import('./plans')).plans;
const budgetLinesModule = async () => (await import('./plans')).budgetLines;

/** Plans (kế hoạch): list, show with tasks, budget tree and cascade, edit, create. */
export const plans = {
  list: lazyView(plansModule, 'list'),
  show: lazyView(plansModule, 'show'),
  edit: lazyView(plansModule, 'edit'),
  create: lazyView(plansModule, 'create'),
  icon: AssignmentIcon,
  recordRepresentation: (record: Plan) => record.number ?? record.title,
};

/** "Nhập kế hoạch từ văn bản" (/Plan/import): a route of the Plan resource, offered on the list to those who create plans. */
export const PlanImportView = lazyView(() => import('./plans'), 'PlanImport');

/** Budget lines are edited one at a time from their plan's budget tab; they have no menu entry. */
export const budgetLines = {
  edit: lazyView(budgetLinesModule, 'edit'),
  recordRepresentation: (record: BudgetLine) => `${record.code}. ${record.title}`,
};
