import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay, ISO_DAY } from '../common/days';
import { intlLocale, numberFormat } from '../common/numbers';
import type { Plan } from './types';

type Amendment = NonNullable<Plan['amendments']>[number];
type Translate = ReturnType<typeof useTranslate>;

// Fields whose values are codes the console already says in words.
const VALUE_WORDS: Record<string, string> = {
  status: 'hoagiai.planStatus', comparator: 'hoagiai.comparator', indicator: 'hoagiai.indicator', scheduleKind: 'hoagiai.scheduleKind',
  level: 'hoagiai.agencyLevel',
};
// Identity and bookkeeping fields: never "changes" of their own.
const HIDDEN = new Set(['planId', 'taskId', 'parentId', 'implementsId', 'position']);

/** One value in words: a day as dd/mm/yyyy, numbers in the user's format, codes by their names, lists item by item. */
function say(value: unknown, key: string, translate: Translate, locale: string): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return translate('hoagiai.plans.amendments.empty');
  if (typeof value === 'boolean') return translate(value ? 'hoagiai.plans.amendments.yes' : 'hoagiai.plans.amendments.no');
  if (typeof value === 'number') return key.toLowerCase().includes('year') ? String(value) : numberFormat(locale).number(value, 3);
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDay(value);
    if (VALUE_WORDS[key]) return translate(`${VALUE_WORDS[key]}.${value}`, { _: value });
    if (/^-?\d+(\.\d+)?$/.test(value) && (key === 'amount' || key === 'value')) return numberFormat(locale).number(Number(value), 3);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => say(item, key, translate, locale)).join('; ');
  if (typeof value === 'object') {
    const row = value as Record<string, unknown>;
    // An agency of a task or a responsibility: its words in the document first.
    const words = row.label ?? row.name ?? row.agencyName ?? row.text;
    if (typeof words === 'string' && words) return words;
    return Object.entries(row).filter(([, v]) => v != null && v !== '').map(([k, v]) => say(v, k, translate, locale)).join(', ');
  }
  return String(value);
}

const fieldName = (entity: string, key: string, translate: Translate) =>
  translate(`resources.${entity}.fields.${key}`, { _: translate(`hoagiai.plans.amendments.fields.${key}`, { _: key }) });

/** "Nguyễn Văn A đã sửa nhiệm vụ 2.1 Tập huấn ...: Tiêu đề: “…” → “…”". */
export function amendmentSentence(a: Amendment, translate: Translate, locale: string): { what: string; changes: string[] } {
  const row = a.after ?? a.before ?? {};
  const subject = a.subject ?? (typeof row.text === 'string' ? `“${row.text}”` : typeof row.indicator === 'string' ? say(row.indicator, 'indicator', translate, locale) : '');
  const what = translate(`hoagiai.plans.amendments.sentence.${a.action}`, {
    _: a.action,
    who: a.userName ?? translate('hoagiai.plans.amendments.someone'),
    entity: translate(`hoagiai.plans.amendments.entity.${a.entity}`, { _: a.entity }),
    subject,
  }).trim();
  const keys = a.action === 'UPDATE' ? Object.keys(a.after ?? {}).filter((key) => !HIDDEN.has(key)) : [];
  const changes = keys.map((key) => `${fieldName(a.entity, key, translate)}: ${say(a.before?.[key], key, translate, locale)} → ${say(a.after?.[key], key, translate, locale)}`);
  return { what, changes };
}

/** A plan's amendments since it was issued, each as a sentence: who, which part, old and new values in words. */
export const Amendments = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!plan?.amendments?.length) return <Typography color="text.secondary">{translate('hoagiai.plans.amendments.none')}</Typography>;
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <MuiList dense data-testid="plan-amendments">
      {plan.amendments.map((a) => {
        const sentence = amendmentSentence(a, translate, locale);
        return (
          <ListItem key={String(a.id)} data-testid={`amendment-${a.id}`} alignItems="flex-start">
            <ListItemText
              primary={`${when.format(new Date(a.amendedAt))} · ${sentence.what}`}
              secondary={sentence.changes.length ? sentence.changes.join(' · ') : null}
            />
          </ListItem>
        );
      })}
    </MuiList>
  );
};
