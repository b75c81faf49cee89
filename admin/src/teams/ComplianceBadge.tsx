import { Chip, Stack, Tooltip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { describe } from '../i18n/describeRefusal';
import type { ComplianceReason, TeamCompliance, MediationTeam } from './groundTypes';

/** A compliance reason in the user's language, with its figures (the server's reason codes, i18n/reasons.*.ts). */
export const useComplianceText = () => {
  const [locale] = useLocaleState();
  return (reason: ComplianceReason, compliance: TeamCompliance) =>
    describe({ message: reason.message, reason: reason.code, params: { activeMediators: compliance.activeMediators } }, locale);
};

/**
 * Law 35/2013 art. 12 at a glance: a green chip for a compliant team, a red chip per reason
 * otherwise (the reason in words, with its legal basis, in the tooltip).
 */
export const ComplianceBadge = () => {
  const team = useRecordContext<MediationTeam>();
  const translate = useTranslate();
  const say = useComplianceText();
  const compliance = team?.compliance;
  if (!compliance) return null;
  if (compliance.compliant) return <Chip size="small" color="success" label={translate('hoagiai.ground.compliant')} data-testid="compliance-ok" />;
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
      {compliance.reasons.map((reason) => (
        <Tooltip key={reason.code} title={[say(reason, compliance), reason.legalBasis].filter(Boolean).join(' — ')}>
          <Chip size="small" color="error" variant="outlined" label={translate(`hoagiai.compliance.${reason.code}`)} data-testid={`compliance-${reason.code}`} />
        </Tooltip>
      ))}
    </Stack>
  );
};
