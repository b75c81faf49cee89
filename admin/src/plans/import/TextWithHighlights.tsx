import { useEffect, useMemo, useRef } from 'react';
import { Box } from '@mui/material';
import type { Unplaced } from './importApi';

type Mark = 'selected' | 'unplaced' | 'plain';
type Segment = { start: number; end: number; mark: Mark };

/** The text cut where a highlighted span (the chosen part's) or an unplaced span starts or ends. */
function segments(length: number, selected: { start: number; end: number }[], unplaced: Unplaced[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const span of [...selected, ...unplaced]) {
    cuts.add(Math.max(0, Math.min(length, span.start)));
    cuts.add(Math.max(0, Math.min(length, span.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const inside = (at: number, spans: { start: number; end: number }[]) => spans.some((span) => span.start <= at && at < span.end);
  return sorted.slice(0, -1).map((start, index) => ({
    start, end: sorted[index + 1], mark: inside(start, selected) ? 'selected' : inside(start, unplaced) ? 'unplaced' : 'plain',
  }));
}

const STYLE: Record<Mark, object> = {
  selected: { backgroundColor: '#ffe082', outline: '1px solid #f9a825' },
  unplaced: { backgroundColor: '#ffebee', textDecoration: 'underline dotted #c62828' },
  plain: {},
};

/** The normalised text as read, the chosen part's spans highlighted (and scrolled to), unplaced text marked. */
export const TextWithHighlights = ({ text, selected, unplaced }: { text: string; selected: { start: number; end: number }[]; unplaced: Unplaced[] }) => {
  const parts = useMemo(() => segments(text.length, selected, unplaced), [text, selected, unplaced]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('[data-mark="selected"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);
  return (
    <Box ref={box} data-testid="import-text" sx={{ whiteSpace: 'pre-wrap', fontFamily: '"Times New Roman", serif', fontSize: 15, lineHeight: 1.5, p: 2,
      border: '1px solid', borderColor: 'divider', borderRadius: 1, maxHeight: '75vh', overflow: 'auto', backgroundColor: 'background.paper' }}>
      {parts.map((segment) => (
        <Box component="span" key={segment.start} data-mark={segment.mark} sx={STYLE[segment.mark]}>{text.slice(segment.start, segment.end)}</Box>
      ))}
    </Box>
  );
};
