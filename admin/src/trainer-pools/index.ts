import SchoolIcon from '@mui/icons-material/School';
import type { Trainer, TrainerPool } from '../teams/groundTypes';
import { TrainerCreate } from './TrainerCreate';
import { TrainerEdit } from './TrainerEdit';
import { TrainerPoolCreate } from './TrainerPoolCreate';
import { TrainerPoolEdit } from './TrainerPoolEdit';
import { TrainerPoolList } from './TrainerPoolList';
import { TrainerPoolShow } from './TrainerPoolShow';

/** Đội ngũ tập huấn viên: pools of provinces and districts, with their shortfall panel. */
export default {
  list: TrainerPoolList,
  show: TrainerPoolShow,
  edit: TrainerPoolEdit,
  create: TrainerPoolCreate,
  icon: SchoolIcon,
  recordRepresentation: (record: TrainerPool) => record.name,
};

/** Trainers are added and edited from their pool's page; they have no menu entry. */
export const trainers = {
  create: TrainerCreate,
  edit: TrainerEdit,
  recordRepresentation: (record: Trainer) => record.fullName,
};
