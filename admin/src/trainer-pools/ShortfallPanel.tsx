import { Alert, AlertTitle, Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import type { PoolShortfall, TrainerPool } from '../teams/groundTypes';

/**
 * The panel's title: the rule met, or what falls short, as a sentence (its first letter a capital:
 * "agencies of the composition rule missing" was the title of a pool short of agencies only).
 */
export function shortfallTitle(s: PoolShortfall, translate: TranslateFunction): string {
  if (s.meetsRequirement) return translate('hoagiai.ground.meets');
  const shortOf = [
    s.missingTrainers ? translate('hoagiai.ground.shortTrainers', { missing: s.missingTrainers, smart_count: s.missingTrainers }) : null,
    s.missingAgencyKinds.length ? translate('hoagiai.ground.shortKinds') : null,
  ].filter(Boolean).join('; ');
  return shortOf.charAt(0).toLocaleUpperCase() + shortOf.slice(1);
}

/**
 * The rule the pool is held to, in the user's language: the server's `legalBasis` says it in
 * Vietnamese, and the English console showed that sentence as it was. Without its unit's level
 * (a provincial or a district pool) the server's text is shown.
 */
export function poolRule(pool: Pick<TrainerPool, 'unit'>, s: PoolShortfall, translate: TranslateFunction): string {
  const level = pool.unit?.level;
  if (level !== 'PROVINCE' && level !== 'DISTRICT') return s.legalBasis;
  return translate('hoagiai.ground.rule', { level: translate(`hoagiai.ground.ruleLevel.${level}`), ratio: s.teamsPerTrainer });
}

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
  return (
    <Alert severity={s.meetsRequirement ? 'success' : 'warning'} data-testid="pool-shortfall">
      <AlertTitle>{shortfallTitle(s, translate)}</AlertTitle>
      <div>{translate('hoagiai.ground.figures', figures)}</div>
      {s.missingAgencyKinds.length ? (
        <Stack direction="row" spacing={0.5} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mt: 1 }}>
          <span>{translate('hoagiai.ground.missingKinds')}:</span>
          {s.missingAgencyKinds.map((kind) => <Chip key={kind} size="small" color="warning" label={translate(`hoagiai.agencyKind.${kind}`)} data-testid={`missing-${kind}`} />)}
        </Stack>
      ) : null}
      <div style={{ marginTop: 4, opacity: 0.8 }}>{poolRule(pool, s, translate)}</div>
    </Alert>
  );
};
