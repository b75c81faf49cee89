import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { Agency } from '../types';
import { AgencyCreate } from './AgencyCreate';
import { AgencyEdit } from './AgencyEdit';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

/** Offices of a unit (Phòng Tư pháp, Ủy ban MTTQ, UBND xã...) that take part in mediation work. */
export default {
  list: AgencyList,
  create: AgencyCreate,
  edit: AgencyEdit,
  show: AgencyShow,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: Agency) => record.name,
};
