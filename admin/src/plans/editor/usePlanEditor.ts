import { useCallback, useEffect, useState } from 'react';
import { useNotify, useRecordContext, useRefresh, type Identifier } from 'react-admin';
import type { AgencyKind } from '../../types';
import { AGENCIES, PLAN_EDITOR, read, run } from './api';
import type { DocumentNode } from '@apollo/client';
import { type FieldRefusal, refusalOf } from './fields';

export type EditorTarget = {
  id: string; planId: string; taskId: string | null; indicator: string; comparator: string; value: string; unit: string; perQuantity: number | null;
  applies: 'EVERY_YEAR' | 'BY_YEAR' | 'FROM_TO'; year: number | null; fromYear: number | null; toYear: number | null; note: string | null; version: number;
  /** The catalogue's row (names by locale); absent on a target just made from the form. */
  indicatorDetails?: { code: string; name: string; nameEn: string } | null;
};
export type EditorAgency = { role: 'LEAD' | 'COORDINATING'; label: string; agencyId: string | null; agencyKind: string | null; agencyLevel: string | null; agency: { id: string; name: string } | null };
export type EditorTask = {
  id: string; code: string; labelStyle: string; title: string; description: string | null; scheduleKind: string | null; scheduleYear: number | null;
  scheduleYearTo: number | null; scheduleQuarter: number | null; scheduleBeforeDay: number | null; scheduleBeforeMonth: number | null;
  scheduleNote: string | null; version: number; agencies: EditorAgency[]; targets: EditorTarget[];
};
type Unit = { id: string; name: string; parent?: Unit | null };
export type EditorPlan = { id: string; unitId: string; version: number; periodFrom: number; periodTo: number; status: string; unit: Unit; tasks: EditorTask[]; targets: EditorTarget[] };
export type AgencyChoice = { id: string; name: string; kind: AgencyKind; unitName: string };

/**
 * What the editor tabs read of a plan (tasks with agencies and targets, the plan's own targets) and
 * the agencies a task may name: those of the plan's unit and of the units above it. `save` runs a
 * mutation, tells the user the server's answer, and reloads both the tab and the plan page; a
 * refusal naming a field is kept in `refusal` for the open dialog to show beside that field.
 */
export function usePlanEditor() {
  const record = useRecordContext<{ id: Identifier }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [plan, setPlan] = useState<EditorPlan | null>(null);
  const [agencies, setAgencies] = useState<AgencyChoice[]>([]);
  const [generation, setGeneration] = useState(0);
  const [refusal, setRefusal] = useState<FieldRefusal>(null);

  useEffect(() => {
    if (!record?.id) return;
    let current = true;
    read<{ Plan: EditorPlan | null }>(PLAN_EDITOR, { id: record.id }).then(async ({ Plan }) => {
      if (!current || !Plan) return;
      setPlan(Plan);
      const units: Unit[] = [];
      for (let unit: Unit | null | undefined = Plan.unit; unit; unit = unit.parent) units.push(unit);
      const lists = await Promise.all(units.map((unit) =>
        read<{ allAgencies: { id: string; name: string; kind: AgencyKind }[] }>(AGENCIES, { unitId: unit.id })
          .then(({ allAgencies }) => allAgencies.map((agency) => ({ ...agency, unitName: unit.name })))
          .catch(() => [])));
      if (current) setAgencies(lists.flat());
    }).catch((error: Error) => notify(error.message, { type: 'error' }));
    return () => {
      current = false;
    };
  }, [record?.id, generation, notify]);

  const save = useCallback(async (mutation: DocumentNode, variables: Record<string, unknown>, done = 'hoagiai.planEditor.saved'): Promise<boolean> => {
    try {
      await run(mutation, variables);
      setRefusal(null);
      notify(done, { type: 'success' });
      setGeneration((n) => n + 1);
      refresh();
      return true;
    } catch (error) {
      setRefusal(refusalOf(error));
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  }, [notify, refresh]);
  const clearRefusal = useCallback(() => setRefusal(null), []);

  return { plan, agencies, save, refusal, clearRefusal };
}
