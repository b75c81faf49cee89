import { useState, type MouseEvent } from 'react';
import { Menu, MenuItem } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import { Button, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { firstGraphQLError } from '../graphql/request';
import { downloadDocument, type DocumentFormat, type DocumentKind } from './download';

type Props = { kind: DocumentKind; formats: DocumentFormat[] };

/**
 * "Tải văn bản" on a plan or a report page: the record as the official document (Decree 30), in
 * the formats the server writes for it. The server decides who may read what; a refusal is said
 * in the user's language.
 */
export const DocumentMenu = ({ kind, formats }: Props) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const run = async (format: DocumentFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadDocument(kind, record.id, format);
    } catch (error) {
      const refusal = firstGraphQLError(error);
      const words = refusal ? (await import('../i18n/describeRefusal')).describeGraphQLError(refusal, locale) : translate('hoagiai.documents.failed');
      notify(words, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="hoagiai.documents.button" onClick={(event: MouseEvent<HTMLButtonElement>) => setAnchor(event.currentTarget)} disabled={busy}
        data-testid="document-button">
        <DescriptionIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor != null} onClose={() => setAnchor(null)}>
        {formats.map((format) => (
          <MenuItem key={format} onClick={() => run(format)} data-testid={`document-${format}`}>{translate(`hoagiai.documents.${format}`)}</MenuItem>
        ))}
      </Menu>
    </>
  );
};
