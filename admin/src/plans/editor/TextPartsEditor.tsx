import { useEffect, useState } from 'react';
import { Box, Button, Divider, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { CREATE_DOCUMENT, DOCUMENT_CHOICES, PLAN_TEXT, read, run, UPDATE_PLAN_TEXT } from './api';
import { Choice, int, Lines, lines, Text, text, type FieldRefusal, RefusalContext, refusalOf } from './fields';
import { isDayOrEmpty, parseTypedDay } from '../../common/days';
import { PlanReadOnly, usePlanWritable } from '../writable';

export const DOCUMENT_KINDS = ['PLAN', 'DECISION', 'DIRECTIVE', 'RESOLUTION', 'SCHEME', 'PROGRAMME', 'REPORT', 'OFFICIAL_LETTER', 'CIRCULAR', 'DECREE', 'LAW'] as const;

type PlanText = {
  id: string; unitId: string; version: number; preamble: string | null; purposes: string[]; requirements: string[]; objectives: string[];
  fundingSource: string | null; placeOfIssue: string | null; recipients: string[]; archive: string | null; signerName: string | null;
  signerSignsFor: string | null; signerCapacity: string | null; signerOnBehalfOf: string | null; periodFrom: number; periodTo: number;
  issuedByDecisionId: string | null; predecessorId: string | null; predecessorRelation: string | null;
};
type Choices = { decisions: { id: string; numberSymbol: string | null; title: string }[]; plans: { id: string; number: string | null; title: string; periodFrom: number; periodTo: number }[] };
type NewDocument = { kind: string; numberSymbol: string; issuedOn: string; title: string; issuingBody: string };

/**
 * The text parts of a plan as a form: preamble; purposes and requirements as two ordered lists;
 * objectives; funding; place of issue; period; recipients with the archive line apart; the signer's
 * lines apart (TM., KT., capacity, name); and its documents: the decision it is attached to, the
 * earlier plan it succeeds or replaces. A new document of any Decree 30 kind can be recorded here.
 */
export const TextPartsEditor = () => {
  const record = useRecordContext<{ id: Identifier }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [draft, setDraft] = useState<PlanText | null>(null);
  const [choices, setChoices] = useState<Choices>({ decisions: [], plans: [] });
  const [document, setDocument] = useState<NewDocument>({ kind: 'DECISION', numberSymbol: '', issuedOn: '', title: '', issuingBody: '' });
  const [generation, setGeneration] = useState(0);
  const writable = usePlanWritable();
  const [refusal, setRefusal] = useState<FieldRefusal>(null);

  useEffect(() => {
    if (!record?.id) return;
    read<{ Plan: PlanText }>(PLAN_TEXT, { id: record.id }).then(({ Plan }) => {
      setDraft(Plan);
      return read<Choices>(DOCUMENT_CHOICES, { unitId: Plan.unitId }).then(setChoices);
    }).catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [record?.id, generation, notify]);

  if (!writable) return <PlanReadOnly />;
  if (!draft) return null;
  const set = (patch: Partial<PlanText>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    try {
      await run(UPDATE_PLAN_TEXT, {
        id: draft.id, version: draft.version, preamble: text(draft.preamble), purposes: lines(draft.purposes), requirements: lines(draft.requirements),
        objectives: lines(draft.objectives), fundingSource: text(draft.fundingSource), placeOfIssue: text(draft.placeOfIssue), recipients: lines(draft.recipients),
        archive: text(draft.archive), signerName: text(draft.signerName), signerSignsFor: text(draft.signerSignsFor), signerCapacity: text(draft.signerCapacity),
        signerOnBehalfOf: text(draft.signerOnBehalfOf), periodFrom: draft.periodFrom, periodTo: draft.periodTo, issuedByDecisionId: draft.issuedByDecisionId,
        predecessorId: draft.predecessorId, predecessorRelation: draft.predecessorId ? draft.predecessorRelation ?? 'SUCCEEDS' : null,
      });
      setRefusal(null);
      notify('hoagiai.planEditor.saved', { type: 'success' });
      setGeneration((n) => n + 1);
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
      notify((error as Error).message, { type: 'error' });
    }
  };
  const addDocument = async () => {
    // The day is typed dd/mm/yyyy, as on every form of the console; one that is not a day is refused here.
    const issuedOn = parseTypedDay(document.issuedOn);
    if (!isDayOrEmpty(issuedOn)) {
      setRefusal({ field: 'issuedOn', message: translate('hoagiai.validation.day') });
      return;
    }
    try {
      await run(CREATE_DOCUMENT, { ...document, numberSymbol: text(document.numberSymbol), issuedOn, issuingUnitId: draft.unitId });
      setRefusal(null);
      notify('hoagiai.planEditor.saved', { type: 'success' });
      setDocument({ ...document, numberSymbol: '', title: '' });
      setGeneration((n) => n + 1);
    } catch (error) {
      setRefusal(refusalOf(error));
      notify((error as Error).message, { type: 'error' });
    }
  };
  const others = choices.plans.filter((plan) => plan.id !== draft.id);
  return (
    <RefusalContext.Provider value={refusal}>
    <Stack spacing={2} sx={{ maxWidth: 900 }} data-testid="text-editor">
      <Stack direction="row" spacing={1}>
        <Text label="hoagiai.planEditor.periodFrom" type="number" value={draft.periodFrom} testId="text-periodFrom" onChange={(value) => set({ periodFrom: int(value) ?? draft.periodFrom })} />
        <Text label="hoagiai.planEditor.periodTo" type="number" value={draft.periodTo} testId="text-periodTo" onChange={(value) => set({ periodTo: int(value) ?? draft.periodTo })} />
        <Text label="hoagiai.planEditor.placeOfIssue" value={draft.placeOfIssue} testId="text-placeOfIssue" onChange={(placeOfIssue) => set({ placeOfIssue })} />
      </Stack>
      <Text label="resources.Plan.fields.preamble" value={draft.preamble} testId="text-preamble" multiline onChange={(preamble) => set({ preamble })} />
      <Lines label="resources.Plan.fields.purposes" value={draft.purposes} testId="text-purposes" onChange={(purposes) => set({ purposes })} />
      <Lines label="resources.Plan.fields.requirements" value={draft.requirements} testId="text-requirements" onChange={(requirements) => set({ requirements })} />
      <Lines label="resources.Plan.fields.objectives" value={draft.objectives} testId="text-objectives" onChange={(objectives) => set({ objectives })} />
      <Text label="resources.Plan.fields.fundingSource" value={draft.fundingSource} testId="text-fundingSource" multiline onChange={(fundingSource) => set({ fundingSource })} />
      <Divider />
      <Typography variant="subtitle2">{translate('hoagiai.plans.signer')}</Typography>
      <Stack direction="row" spacing={1}>
        <Text label="hoagiai.planEditor.onBehalfOf" value={draft.signerOnBehalfOf} testId="text-signerOnBehalfOf" onChange={(signerOnBehalfOf) => set({ signerOnBehalfOf })} />
        <Text label="hoagiai.planEditor.signsFor" value={draft.signerSignsFor} testId="text-signerSignsFor" onChange={(signerSignsFor) => set({ signerSignsFor })} />
        <Text label="hoagiai.planEditor.capacity" value={draft.signerCapacity} testId="text-signerCapacity" onChange={(signerCapacity) => set({ signerCapacity })} />
        <Text label="hoagiai.planEditor.signerName" value={draft.signerName} testId="text-signerName" onChange={(signerName) => set({ signerName })} />
      </Stack>
      <Lines label="resources.Plan.fields.recipients" value={draft.recipients} testId="text-recipients" onChange={(recipients) => set({ recipients })} />
      <Text label="hoagiai.planEditor.archive" value={draft.archive} testId="text-archive" onChange={(archive) => set({ archive })} />
      <Divider />
      <Typography variant="subtitle2">{translate('hoagiai.planEditor.documents')}</Typography>
      <Choice label="hoagiai.planEditor.issuedBy" value={draft.issuedByDecisionId} testId="text-issuedBy" field="issuedByDecisionId"
        options={choices.decisions.map((d) => ({ id: d.id, name: `${d.numberSymbol ?? ''} ${d.title}` }))} onChange={(issuedByDecisionId) => set({ issuedByDecisionId })} />
      <Stack direction="row" spacing={1}>
        <Choice label="hoagiai.planEditor.predecessor" value={draft.predecessorId} testId="text-predecessor" field="predecessorId"
          options={others.map((p) => ({ id: p.id, name: `${p.number ?? ''} ${p.title} (${p.periodFrom}–${p.periodTo})` }))} onChange={(predecessorId) => set({ predecessorId })} />
        <Choice label="hoagiai.planEditor.relation" value={draft.predecessorRelation} testId="text-relation" field="predecessorRelation"
          options={['SUCCEEDS', 'REPLACES'].map((id) => ({ id, name: `hoagiai.planEditor.relations.${id}` }))} onChange={(predecessorRelation) => set({ predecessorRelation })} />
      </Stack>
      <Box><Button variant="contained" onClick={save} data-testid="text-save">{translate('ra.action.save')}</Button></Box>
      <Divider />
      <Typography variant="subtitle2">{translate('hoagiai.planEditor.newDocument')}</Typography>
      <Stack direction="row" spacing={1}>
        <Choice label="hoagiai.planEditor.documentKind" value={document.kind} empty={false} testId="document-kind"
          options={DOCUMENT_KINDS.map((id) => ({ id, name: `hoagiai.planEditor.documentKinds.${id}` }))} onChange={(kind) => setDocument({ ...document, kind: kind ?? 'DECISION' })} />
        <Text label="hoagiai.planEditor.numberSymbol" value={document.numberSymbol} testId="document-number" field="number" onChange={(numberSymbol) => setDocument({ ...document, numberSymbol })} />
        <Text label="hoagiai.planEditor.issuedOn" value={document.issuedOn} testId="document-issuedOn" placeholder={translate('hoagiai.validation.dayPlaceholder')}
          onChange={(issuedOn) => setDocument({ ...document, issuedOn })} />
      </Stack>
      <Stack direction="row" spacing={1}>
        <Text label="hoagiai.planEditor.issuingBody" value={document.issuingBody} testId="document-issuingBody" onChange={(issuingBody) => setDocument({ ...document, issuingBody })} />
        <Text label="hoagiai.planEditor.title" value={document.title} testId="document-title" onChange={(title) => setDocument({ ...document, title })} />
      </Stack>
      <Box><Button onClick={addDocument} data-testid="document-save">{translate('hoagiai.planEditor.recordDocument')}</Button></Box>
    </Stack>
    </RefusalContext.Provider>
  );
};
