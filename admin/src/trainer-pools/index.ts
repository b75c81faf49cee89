import SchoolIcon from '@mui/icons-material/School';
import { lazyView } from '../common/lazyView';
import type { Trainer, TrainerPool } from '../teams/groundTypes';

/** Đội ngũ tập huấn viên: pools of provinces and districts, with their shortfall panel. */
export default {
  list: lazyView(() => import('./TrainerPoolList'), 'TrainerPoolList'),
  show: lazyView(() => import('./TrainerPoolShow'), 'TrainerPoolShow'),
  edit: lazyView(() => import('./TrainerPoolEdit'), 'TrainerPoolEdit'),
  create: lazyView(() => import('./TrainerPoolCreate'), 'TrainerPoolCreate'),
  icon: SchoolIcon,
  recordRepresentation: (record: TrainerPool) => record.name,
};

/** Trainers are added and edited from their pool's page; they have no menu entry. */
export const trainers = {
  create: lazyView(() => import('./TrainerCreate'), 'TrainerCreate'),
  edit: lazyView(() => import('./TrainerEdit'), 'TrainerEdit'),
  recordRepresentation: (record: Trainer) => record.fullName,
};
