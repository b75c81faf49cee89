import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../common/lazyView';
import type { TrainingEvent } from '../teams/groundTypes';

/** Tập huấn: courses for mediators, trainers and commune justice officers. */
export default {
  list: lazyView(() => import('./TrainingEventList'), 'TrainingEventList'),
  show: lazyView(() => import('./TrainingEventShow'), 'TrainingEventShow'),
  edit: lazyView(() => import('./TrainingEventEdit'), 'TrainingEventEdit'),
  create: lazyView(() => import('./TrainingEventCreate'), 'TrainingEventCreate'),
  icon: EventIcon,
  recordRepresentation: (record: TrainingEvent) => record.title,
};
