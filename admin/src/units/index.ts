import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyView } from '../common/lazyView';
import type { AdministrativeUnit } from '../types';
import { unitLabel } from '../common/unitLabel';

/** Read-only: units are reference data loaded on the server. */
export default {
  list: lazyView(() => import('./AdministrativeUnitList'), 'AdministrativeUnitList'),
  show: lazyView(() => import('./AdministrativeUnitShow'), 'AdministrativeUnitShow'),
  icon: AccountTreeIcon,
  recordRepresentation: (record: AdministrativeUnit) => unitLabel(record),
};
