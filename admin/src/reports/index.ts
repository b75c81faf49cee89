import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyView } from '../common/lazyView';
import { unitLabel } from '../common/unitLabel';
import type { Report } from './types';

/** Yearly reports: generated from the plans' reporting rules, submitted, approved by the level above. */
export default {
  list: lazyView(() => import('./ReportList'), 'ReportList'),
  create: lazyView(() => import('./ReportCreate'), 'ReportCreate'),
  show: lazyView(() => import('./ReportShow'), 'ReportShow'),
  icon: AssessmentIcon,
  recordRepresentation: (report: Report) => `${report.unit ? unitLabel(report.unit) : report.unitId} – ${report.year}`,
};
