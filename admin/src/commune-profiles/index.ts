import ContactPageIcon from '@mui/icons-material/ContactPage';
import { lazyView } from '../common/lazyView';
import type { CommuneProfile } from '../types';

/** Hồ sơ xã: whether a commune is an ethnic-minority area and its difficulties (they rank pilot candidates). */
export default {
  list: lazyView(() => import('./CommuneProfileList'), 'CommuneProfileList'),
  create: lazyView(() => import('./CommuneProfileCreate'), 'CommuneProfileCreate'),
  edit: lazyView(() => import('./CommuneProfileEdit'), 'CommuneProfileEdit'),
  show: lazyView(() => import('./CommuneProfileShow'), 'CommuneProfileShow'),
  icon: ContactPageIcon,
  recordRepresentation: (record: CommuneProfile) => record.unit?.name ?? '',
};
