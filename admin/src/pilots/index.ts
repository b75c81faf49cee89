import PlaceIcon from '@mui/icons-material/Place';
import { PilotSelectionCreate } from './PilotSelectionCreate';
import { PilotSelectionList } from './PilotSelectionList';
import { PilotSelectionShow } from './PilotSelectionShow';
import type { PilotSelection } from './types';

/** Pilot communes (chỉ đạo điểm): ranked by the task's criteria, chosen with a rationale, kept as chosen. */
export default {
  list: PilotSelectionList,
  create: PilotSelectionCreate,
  show: PilotSelectionShow,
  icon: PlaceIcon,
  recordRepresentation: (selection: PilotSelection) => `${selection.year} · ${(selection.chosenUnits ?? []).map((u) => u.name).join(', ')}`,
};
