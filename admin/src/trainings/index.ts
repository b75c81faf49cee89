import EventIcon from '@mui/icons-material/Event';
import type { TrainingEvent } from '../teams/groundTypes';
import { TrainingEventCreate } from './TrainingEventCreate';
import { TrainingEventEdit } from './TrainingEventEdit';
import { TrainingEventList } from './TrainingEventList';
import { TrainingEventShow } from './TrainingEventShow';

/** Tập huấn: courses for mediators, trainers and commune justice officers. */
export default {
  list: TrainingEventList,
  show: TrainingEventShow,
  edit: TrainingEventEdit,
  create: TrainingEventCreate,
  icon: EventIcon,
  recordRepresentation: (record: TrainingEvent) => record.title,
};
