import TableChartIcon from '@mui/icons-material/TableChart';
import { lazyView } from '../common/lazyView';
import type { CaseYearlyCount } from '../teams/groundTypes';

/**
 * A team's cases of a year as counts: the years its case book was kept on paper (a year whose
 * cases are in the platform takes its figures from them; the server refuses counts for it).
 */
export default {
  list: lazyView(() => import('./CaseYearlyCountList'), 'CaseYearlyCountList'),
  create: lazyView(() => import('./CaseYearlyCountCreate'), 'CaseYearlyCountCreate'),
  edit: lazyView(() => import('./CaseYearlyCountEdit'), 'CaseYearlyCountEdit'),
  show: lazyView(() => import('./CaseYearlyCountShow'), 'CaseYearlyCountShow'),
  icon: TableChartIcon,
  recordRepresentation: (record: CaseYearlyCount) => `${record.team?.name ?? ''} · ${record.year}`,
};
