import { Chip, Stack, Tooltip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import { describe } from '../i18n/describeRefusal';
import { COMPLIANCE_CODES, type ComplianceReason, type TeamCompliance, type MediationTeam } from './groundTypes';

/**
 * A compliance reason in the user's language, with its figures (the server's reason codes,
 * i18n/reasons.*.ts), then the law it cites (complianceBasis): the badge's tooltip and the team's page.
 */
export const useComplianceText = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (reason: ComplianceReason, compliance: TeamCompliance) => [
    describe({ message: reason.message, reason: reason.code, params: { activeMediators: compliance.activeMediators } }, locale),
    complianceBasis(reason, translate),
  ].filter(Boolean).join(' — ');
};

/**
 * The law a reason cites, in the user's language: the server says it in Vietnamese (Law 35/2013,
 * art. 12 for every reason the console knows), and the English console showed it as it was. A
 * reason the console does not know keeps the server's words.
 */
export function complianceBasis(reason: ComplianceReason, translate: TranslateFunction): string | undefined {
  if (!reason.legalBasis) return undefined;
  return (COMPLIANCE_CODES as readonly string[]).includes(reason.code) ? translate('hoagiai.ground.complianceBasis') : reason.legalBasis;
}

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
        <Tooltip key={reason.code} title={say(reason, compliance)}>
          <Chip size="small" color="error" variant="outlined" label={translate(`hoagiai.compliance.${reason.code}`)} data-testid={`compliance-${reason.code}`} />
        </Tooltip>
      ))}
    </Stack>
  );
};
