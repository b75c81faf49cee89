import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../common/lazyView';
import type { Agency } from '../types';

/** Offices of a unit (Phòng Tư pháp, Ủy ban MTTQ, UBND xã...) that take part in mediation work. */
export default {
  list: lazyView(() => import('./AgencyList'), 'AgencyList'),
  create: lazyView(() => import('./AgencyCreate'), 'AgencyCreate'),
  edit: lazyView(() => import('./AgencyEdit'), 'AgencyEdit'),
  show: lazyView(() => import('./AgencyShow'), 'AgencyShow'),
  icon: AccountBalanceIcon,
  recordRepresentation: (record: Agency) => record.name,
};
