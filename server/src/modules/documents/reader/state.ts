import { emptyPlan, type DocumentKind, type IssuingDecision, type OfficialPlan, type Task } from '../official-plan';
import { unitOf, type UnitContext } from './agencies';
import { Recorder } from './reading';
import type { Line } from './text';

/** Where the reader is in the document. */
export type Mode = 'FRONT' | 'TITLE' | 'DECISION' | 'PREAMBLE' | 'SECTION' | 'CLOSING' | 'APPENDIX';
export type SectionKind = 'PURPOSES' | 'OBJECTIVES' | 'TASKS' | 'ORGANISATION' | 'RESPONSIBILITIES' | 'FUNDING' | 'REPORTING' | 'UNKNOWN';

/** Everything the reader keeps between lines: the draft, the recorder, and where it is. */
export class ReadState {
  readonly plan: OfficialPlan = emptyPlan();
  readonly recorder = new Recorder();
  mode: Mode = 'FRONT';
  /** The document whose parts are being read: a decision first, then the plan it issues. */
  kind: DocumentKind | null = null;
  section: SectionKind | null = null;
  /** Inside "Tổ chức thực hiện": which numbered part. */
  part: SectionKind | null = null;
  /** Inside "Mục đích, yêu cầu": which list items go to. */
  purposeList: 'purposes' | 'requirements' = 'purposes';
  /** Upper-case lines of the header not yet placed (the issuing body, and the body above it). */
  headerLines: Line[] = [];
  task: Task | null = null;
  /** A summary ("Với mục đích là ...", "Một là, ..."): unlabelled paragraphs after the purposes are objectives. */
  summaryPurposesRead = false;
  statedTaskCount: { count: number; line: Line } | null = null;
  budgetColumns: { timing: number; amount: number } | null = null;
  /** Parts of the preamble and of the funding and reporting sections, joined at the end. */
  preamble: string[] = [];
  funding: string[] = [];
  reporting: { text: string; line: Line }[] = [];
  responsibilitiesPreamble: string[] = [];

  constructor(readonly text: string, readonly lines: Line[]) {}

  unit(): UnitContext {
    return unitOf(this.plan.issuingBody);
  }

  /** The decision being read (created on first use), when the document is a decision issuing the plan. */
  decision(): IssuingDecision {
    this.plan.issuedBy ??= {
      number: '', issuedOn: '', placeOfIssue: null, title: '', authority: '', grounds: [], proposal: null, articles: [], recipients: [], archive: null, signer: null,
    };
    return this.plan.issuedBy;
  }

  /** True while the text read is the decision's, not yet the plan's. */
  get inDecision(): boolean {
    return this.kind === 'DECISION';
  }
}
