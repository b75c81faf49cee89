import { useState } from 'react';
import { useNotify, useRedirect, type Identifier } from 'react-admin';

/**
 * A dialog's action that makes a new plan (a copy, a carry-over): while it runs `saving` is true;
 * done, it says so, closes the dialog and opens the new plan; refused, it says why and stays open.
 */
export function useOpenNewPlan(done: string, close: () => void) {
  const notify = useNotify();
  const redirect = useRedirect();
  const [saving, setSaving] = useState(false);
  const run = async (make: () => Promise<Identifier>) => {
    setSaving(true);
    try {
      const id = await make();
      notify(done, { type: 'success' });
      close();
      redirect('show', 'Plan', id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}
