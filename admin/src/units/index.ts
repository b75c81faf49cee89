import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { AdministrativeUnit } from '../types';
import { unitLabel } from '../common/unitLabel';
import { AdministrativeUnitList } from './AdministrativeUnitList';
import { AdministrativeUnitShow } from './AdministrativeUnitShow';

/** Read-only: units are reference data loaded on the server. */
export default {
  list: AdministrativeUnitList,
  show: AdministrativeUnitShow,
  icon: AccountTreeIcon,
  recordRepresentation: (record: AdministrativeUnit) => unitLabel(record),
};
