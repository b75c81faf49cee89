import MenuBookIcon from '@mui/icons-material/MenuBook';
import { lazyView } from '../common/lazyView';
import type { MediationCase } from '../teams/groundTypes';

/** Sổ theo dõi hoạt động hòa giải ở cơ sở: the case book of the teams. */
export default {
  list: lazyView(() => import('./MediationCaseList'), 'MediationCaseList'),
  show: lazyView(() => import('./MediationCaseShow'), 'MediationCaseShow'),
  edit: lazyView(() => import('./MediationCaseEdit'), 'MediationCaseEdit'),
  create: lazyView(() => import('./MediationCaseCreate'), 'MediationCaseCreate'),
  icon: MenuBookIcon,
  recordRepresentation: (record: MediationCase) => `${record.receivedOn} · ${record.team?.name ?? ''}`,
};
