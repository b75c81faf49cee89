import { createContext, useContext } from 'react';
import { MenuItem, TextField as MuiTextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Small controlled inputs of the editor's dialogs; each carries a data-testid for the browser tests. */

/**
 * The server's refusal of the last save, when it names a field (extensions.field): its reason said in
 * the user's language (graphql/apiErrors.ts). The input of that field shows it underneath.
 */
export type FieldRefusal = { field: string; message: string } | null;
export const RefusalContext = createContext<FieldRefusal>(null);

/** The refusal an error of `run` carries (an HttpError whose body names the field), or null. */
export const refusalOf = (error: unknown): FieldRefusal => {
  const field = (error as { body?: { field?: unknown } } | null)?.body?.field;
  return typeof field === 'string' ? { field, message: (error as Error).message } : null;
};

/**
 * The refusal's message when it concerns `field` (or an item of it: "recipients[1]"). An input's
 * field is, unless given, its test id without the form's prefix: "target-fromYear" → "fromYear".
 */
export const useRefusal = (field: string | undefined, testId: string): string | undefined => {
  const refusal = useContext(RefusalContext);
  const name = field ?? testId.slice(testId.indexOf('-') + 1);
  return refusal && (refusal.field === name || refusal.field.startsWith(`${name}[`)) ? refusal.message : undefined;
};

export const Text = ({ label, value, onChange, testId, field, multiline = false, required = false, type = 'text', placeholder }: {
  label: string; value: string | number | null | undefined; onChange: (value: string) => void; testId: string; field?: string; multiline?: boolean; required?: boolean; type?: string;
  placeholder?: string;
}) => {
  const translate = useTranslate();
  const refused = useRefusal(field, testId);
  return (
    <MuiTextField label={translate(label)} value={value ?? ''} onChange={(event) => onChange(event.target.value)} size="small" fullWidth
      multiline={multiline} minRows={multiline ? 2 : undefined} required={required} type={type} placeholder={placeholder} inputProps={{ 'data-testid': testId }}
      error={refused != null} helperText={refused} FormHelperTextProps={{ 'data-testid': `${testId}-error` } as never} />
  );
};

export const Choice = ({ label, value, onChange, options, testId, field, empty = true }: {
  label: string; value: string | null | undefined; onChange: (value: string | null) => void; options: { id: string; name: string }[]; testId: string; field?: string; empty?: boolean;
}) => {
  const translate = useTranslate();
  const refused = useRefusal(field, testId);
  return (
    <MuiTextField select label={translate(label)} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} size="small" fullWidth
      error={refused != null} helperText={refused} FormHelperTextProps={{ 'data-testid': `${testId}-error` } as never}
      SelectProps={{ SelectDisplayProps: { 'data-testid': testId } as never }}>
      {empty ? <MenuItem value="">—</MenuItem> : null}
      {options.map((option) => <MenuItem key={option.id} value={option.id} data-testid={`${testId}-${option.id}`}>{translate(option.name, { _: option.name })}</MenuItem>)}
    </MuiTextField>
  );
};

/** An ordered list of texts, one per line (purposes, requirements, recipients): never raw JSON. */
export const Lines = ({ label, value, onChange, testId, field }: { label: string; value: string[]; onChange: (value: string[]) => void; testId: string; field?: string }) => {
  const translate = useTranslate();
  const refused = useRefusal(field, testId);
  return (
    <MuiTextField label={translate(label)} value={value.join('\n')} helperText={refused ?? translate('hoagiai.planEditor.onePerLine')} error={refused != null}
      FormHelperTextProps={{ 'data-testid': `${testId}-error` } as never}
      onChange={(event) => onChange(event.target.value.split('\n'))} size="small" fullWidth multiline minRows={2} inputProps={{ 'data-testid': testId }} />
  );
};

export const int = (value: string): number | null => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value));
export const text = (value: string | null | undefined): string | null => (value == null || value.trim() === '' ? null : value);
export const lines = (value: string[]): string[] => value.map((line) => line.trim()).filter(Boolean);
