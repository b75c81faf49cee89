import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AgencyAssignment } from './types';

/** One agency as the plan names it: the agency's own name, or the document's words for a kind of agency. */
export const agencyText = (assignment: AgencyAssignment): string => assignment.agency?.name ?? assignment.label;

/** The hover text: the document's words, and for a kind of agency the kind and level it stands for. */
const agencyHint = (assignment: AgencyAssignment, translate: (key: string) => string): string => {
  const kind = assignment.agencyKind ? translate(`hoagiai.agencyKind.${assignment.agencyKind}`) : null;
  const level = assignment.agencyLevel ? translate(`hoagiai.agencyLevel.${assignment.agencyLevel}`) : null;
  return [assignment.label, [kind, level].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
};

export const AgencyChips = ({ title, agencies }: { title: string; agencies: AgencyAssignment[] }) => {
  const translate = useTranslate();
  if (!agencies.length) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
      <Typography variant="body2" color="text.secondary">{title}:</Typography>
      {agencies.map((assignment, index) => (
        <Chip key={index} size="small" label={agencyText(assignment)} title={agencyHint(assignment, translate)} variant={assignment.agency ? 'filled' : 'outlined'} />
      ))}
    </Stack>
  );
};
