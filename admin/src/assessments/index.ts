import GavelIcon from '@mui/icons-material/Gavel';
import { lazyView } from '../common/lazyView';
import type { AccessToLawAssessment } from '../types';

/**
 * Xã đạt chuẩn tiếp cận pháp luật: each year, whether a commune met the standard and its mediation
 * criterion (pilot communes are chosen among those that failed it).
 */
export default {
  list: lazyView(() => import('./AccessToLawAssessmentList'), 'AccessToLawAssessmentList'),
  create: lazyView(() => import('./AccessToLawAssessmentCreate'), 'AccessToLawAssessmentCreate'),
  edit: lazyView(() => import('./AccessToLawAssessmentEdit'), 'AccessToLawAssessmentEdit'),
  show: lazyView(() => import('./AccessToLawAssessmentShow'), 'AccessToLawAssessmentShow'),
  icon: GavelIcon,
  recordRepresentation: (record: AccessToLawAssessment) => `${record.unit?.name ?? ''} · ${record.year}`,
};
