import { Alert, AlertTitle, Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { TrainerPool } from '../teams/groundTypes';

/**
 * Decision 315/QĐ-TTg for this pool, from live team counts: how many trainers the teams under the
 * unit require, how many there are, and which agencies of the composition rule are missing.
 */
export const ShortfallPanel = () => {
  const pool = useRecordContext<TrainerPool>();
  const translate = useTranslate();
  const s = pool?.shortfall;
  if (!s) return null;
  const figures = { required: s.requiredTrainers, teams: s.teamsUnder, ratio: s.teamsPerTrainer, actual: s.actualTrainers, trained: s.trainedTrainers };
  const shortOf = [
    s.missingTrainers ? translate('hoagiai.ground.shortTrainers', { missing: s.missingTrainers, smart_count: s.missingTrainers }) : null,
    s.missingAgencyKinds.length ? translate('hoagiai.ground.shortKinds') : null,
  ].filter(Boolean).join('; ');
  return (
    <Alert severity={s.meetsRequirement ? 'success' : 'warning'} data-testid="pool-shortfall">
      <AlertTitle>{s.meetsRequirement ? translate('hoagiai.ground.meets') : shortOf}</AlertTitle>
      <div>{translate('hoagiai.ground.figures', figures)}</div>
      {s.missingAgencyKinds.length ? (
        <Stack direction="row" spacing={0.5} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mt: 1 }}>
          <span>{translate('hoagiai.ground.missingKinds')}:</span>
          {s.missingAgencyKinds.map((kind) => <Chip key={kind} size="small" color="warning" label={translate(`hoagiai.agencyKind.${kind}`)} data-testid={`missing-${kind}`} />)}
        </Stack>
      ) : null}
      <div style={{ marginTop: 4, opacity: 0.8 }}>{s.legalBasis}</div>
    </Alert>
  );
};
