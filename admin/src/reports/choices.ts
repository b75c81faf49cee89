import { REPORT_STATUSES } from './types';

/** Choices labelled by translation keys (translateChoice is on by default). */
export const reportStatusChoices = REPORT_STATUSES.map((id) => ({ id, name: `hoagiai.reportStatus.${id}` }));
