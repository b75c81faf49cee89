import { renderDocx } from './layout/docx-render';
import { renderPdf } from './layout/pdf-render';
import type { OfficialPlan } from './official-plan';
import { layOutPlan } from './plan-layout';
import { nfc } from './vietnamese';

/** A plan as a Word document in the Decree 30 layout (a plan issued by a decision: the decision, then the plan). */
export const planDocx = (plan: OfficialPlan): Promise<Buffer> => renderDocx(layOutPlan(nfc(plan)));

/** The same document as a PDF, with a metric-compatible free font in place of Times New Roman. */
export const planPdf = (plan: OfficialPlan): Promise<Buffer> => renderPdf(layOutPlan(nfc(plan)));
