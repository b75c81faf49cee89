import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { MediationCase } from '../teams/groundTypes';
import { MediationCaseCreate } from './MediationCaseCreate';
import { MediationCaseEdit } from './MediationCaseEdit';
import { MediationCaseList } from './MediationCaseList';
import { MediationCaseShow } from './MediationCaseShow';

/** Sổ theo dõi hoạt động hòa giải ở cơ sở: the case book of the teams. */
export default {
  list: MediationCaseList,
  show: MediationCaseShow,
  edit: MediationCaseEdit,
  create: MediationCaseCreate,
  icon: MenuBookIcon,
  recordRepresentation: (record: MediationCase) => `${record.receivedOn} · ${record.team?.name ?? ''}`,
};
