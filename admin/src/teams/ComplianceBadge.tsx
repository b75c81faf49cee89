import { Chip, Stack, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MediationTeam } from './groundTypes';

/**
 * Law 35/2013 art. 12 at a glance: a green chip for a compliant team, a red chip per reason
 * otherwise (the server's message, with its legal basis, in the tooltip).
 */
export const ComplianceBadge = () => {
  const team = useRecordContext<MediationTeam>();
  const translate = useTranslate();
  const compliance = team?.compliance;
  if (!compliance) return null;
  if (compliance.compliant) return <Chip size="small" color="success" label={translate('hoagiai.ground.compliant')} data-testid="compliance-ok" />;
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
      {compliance.reasons.map((reason) => (
        <Tooltip key={reason.code} title={[reason.message, reason.legalBasis].filter(Boolean).join(' — ')}>
          <Chip size="small" color="error" variant="outlined" label={translate(`hoagiai.compliance.${reason.code}`)} data-testid={`compliance-${reason.code}`} />
        </Tooltip>
      ))}
    </Stack>
  );
};
