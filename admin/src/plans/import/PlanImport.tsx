import { useMemo, useRef, useState } from 'react';
import { Alert, Box, Button as MuiButton, Grid, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Form, TextInput, Title, required, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { UnitReferenceInput } from '../../common/UnitReferenceInput';
import { DraftReview } from './DraftReview';
import { createPlanFromDraft, readPlanFile, readPlanText, type PlanDraft, type PlanReading } from './importApi';
import { TextWithHighlights } from './TextWithHighlights';

/**
 * The screen's state lives beside the component, not in it: react-admin remounts every screen when
 * the language changes, and a draft under review must survive the toggle. One import at a time.
 */
type ImportState = { unitId: string | null; text: string; reading: PlanReading | null; draft: PlanDraft | null; selected: string | null };
const EMPTY: ImportState = { unitId: null, text: '', reading: null, draft: null, selected: null };
let kept: ImportState = EMPTY;

function useKeptState() {
  const [state, setState] = useState<ImportState>(kept);
  const update = (changes: Partial<ImportState>) => setState((before) => (kept = { ...before, ...changes }));
  return [state, update] as const;
}

/** Parts whose path is `path` or lies under it ("tasks[2]" covers "tasks[2].lead[0]"); "budget" covers the appendix. */
const under = (partPath: string, path: string) => partPath === path || partPath.startsWith(`${path}.`) || partPath.startsWith(`${path}[`);

/** Reads a chosen .docx or .txt with the unit chosen in the form above it. */
const UploadButton = ({ onRead, busy }: { onRead: (read: (unitId: string) => Promise<PlanReading>) => void; busy: boolean }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const form = useFormContext();
  return (
    <>
      <input ref={input} type="file" hidden accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="import-file" onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onRead((unitId) => readPlanFile(unitId, file));
        }} />
      <MuiButton variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} data-testid="import-upload"
        onClick={async () => { if (await form.trigger('unitId')) input.current?.click(); }}>
        {translate('hoagiai.planImport.upload')}
      </MuiButton>
    </>
  );
};

/**
 * "Nhập kế hoạch từ văn bản": paste a plan's text or upload its file, read it into a draft (nothing
 * is saved), review the draft beside the text (a part clicked highlights the words it came from;
 * unplaced text is listed and marked), correct it (title, number, lead agencies), and save it as
 * a DRAFT plan of the unit: then the new plan opens.
 */
export const PlanImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [{ unitId, text, reading, draft, selected }, update] = useKeptState();
  const setDraft = (next: PlanDraft) => update({ draft: next });
  const setSelected = (path: string) => update({ selected: path });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const read = async (chosenUnit: string, how: (unitId: string) => Promise<PlanReading>, pasted = '') => {
    setBusy(true);
    setRefusal(null);
    try {
      const result = await how(chosenUnit);
      update({ unitId: chosenUnit, text: pasted, reading: result, draft: result.draft, selected: null });
    } catch (error) {
      update({ reading: null, draft: null });
      setRefusal((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!draft || !unitId) return;
    setBusy(true);
    setRefusal(null);
    try {
      const id = await createPlanFromDraft(unitId, draft);
      kept = EMPTY;
      notify('hoagiai.planImport.saved', { type: 'success' });
      redirect('show', 'Plan', id);
    } catch (error) {
      setRefusal((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const highlighted = useMemo(() => {
    if (!reading || !selected) return [];
    const unplaced = /^unplaced\[(\d+)\]$/.exec(selected);
    if (unplaced) return [reading.unplaced[Number(unplaced[1])]].filter(Boolean);
    return reading.parts.filter((part) => under(part.path, selected));
  }, [reading, selected]);

  return (
    <Box sx={{ p: 2 }} data-testid="plan-import">
      <Title title={translate('hoagiai.planImport.title')} />
      <Typography variant="h5" gutterBottom>{translate('hoagiai.planImport.title')}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>{translate('hoagiai.planImport.intro')}</Typography>
      <Form defaultValues={{ unitId, text }}
        onSubmit={(values: Record<string, unknown>) => read(String(values.unitId), (unit) => readPlanText(unit, String(values.text ?? '')), String(values.text ?? ''))}>
        <Stack spacing={1}>
          <UnitReferenceInput source="unitId" writable validate={required()} label="hoagiai.planImport.unit" />
          <TextInput source="text" multiline minRows={reading ? 3 : 10} maxRows={reading ? 3 : 20} fullWidth label="hoagiai.planImport.text" validate={required()}
            inputProps={{ 'data-testid': 'import-paste' }} />
          <Stack direction="row" spacing={1}>
            <MuiButton type="submit" variant="contained" disabled={busy} data-testid="import-read">{translate('hoagiai.planImport.read')}</MuiButton>
            <FormUpload busy={busy} onRead={read} />
          </Stack>
        </Stack>
      </Form>
      {refusal ? <Alert severity="error" sx={{ mt: 2 }} data-testid="import-refusal">{refusal}</Alert> : null}
      {reading && draft ? (
        <>
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('hoagiai.planImport.summary', { parts: reading.parts.length, unplaced: reading.unplaced.length })}
          </Alert>
          <Grid container spacing={2} sx={{ mt: 0 }}>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextWithHighlights text={reading.text} selected={highlighted} unplaced={reading.unplaced} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }} sx={{ maxHeight: '75vh', overflow: 'auto' }}>
              <DraftReview reading={reading} draft={draft} onChange={setDraft} selected={selected} onSelect={setSelected} />
            </Grid>
          </Grid>
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <MuiButton variant="contained" color="primary" disabled={busy} onClick={save} data-testid="import-save">{translate('hoagiai.planImport.save')}</MuiButton>
            <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>{translate('hoagiai.planImport.nothingSaved')}</Typography>
          </Stack>
        </>
      ) : null}
    </Box>
  );
};

/** The upload button inside the form: it reads the unit chosen there. */
const FormUpload = ({ busy, onRead }: { busy: boolean; onRead: (unitId: string, how: (unitId: string) => Promise<PlanReading>) => void }) => {
  const form = useFormContext();
  return <UploadButton busy={busy} onRead={(how) => onRead(String(form.getValues('unitId')), how)} />;
};
