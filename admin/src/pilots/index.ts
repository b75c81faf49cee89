import PlaceIcon from '@mui/icons-material/Place';
import { lazyView } from '../common/lazyView';
import { chosenNames } from './selections';
import type { PilotSelection } from './types';

/** Pilot communes (chỉ đạo điểm): ranked by the task's criteria, chosen with a rationale, kept as chosen. */
export default {
  list: lazyView(() => import('./PilotSelectionList'), 'PilotSelectionList'),
  create: lazyView(() => import('./PilotSelectionCreate'), 'PilotSelectionCreate'),
  show: lazyView(() => import('./PilotSelectionShow'), 'PilotSelectionShow'),
  icon: PlaceIcon,
  recordRepresentation: (selection: PilotSelection) => `${selection.year} · ${chosenNames(selection, (u) => u.name, ', ')}`,
};
