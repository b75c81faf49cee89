import AssessmentIcon from '@mui/icons-material/Assessment';
import { unitLabel } from '../common/unitLabel';
import { ReportCreate } from './ReportCreate';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';
import type { Report } from './types';

/** Yearly reports: generated from the plans' reporting rules, submitted, approved by the level above. */
export default {
  list: ReportList,
  create: ReportCreate,
  show: ReportShow,
  icon: AssessmentIcon,
  recordRepresentation: (report: Report) => `${report.unit ? unitLabel(report.unit) : report.unitId} – ${report.year}`,
};
