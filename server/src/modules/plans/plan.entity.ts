import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'plan' })
export class PlanEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int', update: false })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  /** Created and kept in step by the database (trigger app.plan_document). */
  @Column({ name: 'document_id', type: 'int', insert: false, update: false })
  documentId: number;

  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'issuing_body', type: 'text', nullable: true })
  issuingBody: string | null;

  /** NOT NULL in the database; a plan created without a period gets one by trigger (app.plan_default_period). */
  @Column({ name: 'period_from', type: 'smallint' })
  periodFrom: number;

  @Column({ name: 'period_to', type: 'smallint' })
  periodTo: number;

  @Column({ name: 'place_of_issue', type: 'text', nullable: true })
  placeOfIssue: string | null;

  @Column({ name: 'issued_by_decision_id', type: 'int', nullable: true })
  issuedByDecisionId: number | null;

  @Column({ name: 'predecessor_plan_id', type: 'int', nullable: true })
  predecessorPlanId: number | null;

  @Column({ name: 'predecessor_relation', type: 'text', nullable: true })
  predecessorRelation: string | null;

  /** The predecessor unit's plan this one carries over across the 2025 reform (plan-carry-over.service.ts). */
  @Column({ name: 'carried_over_from_id', type: 'int', nullable: true, update: false })
  carriedOverFromId: number | null;

  @Column({ type: 'enum', enumName: 'plan_status', enum: ['DRAFT', 'ISSUED', 'IN_PROGRESS', 'CLOSED'], insert: false })
  status: string;

  @Column({ name: 'parent_plan_id', type: 'int', nullable: true })
  parentPlanId: number | null;

  /** Follows the parent plan's document when there is a parent (trigger). */
  @Column({ name: 'implements_document_id', type: 'int', nullable: true })
  implementsDocumentId: number | null;

  @Column({ name: 'content_known', type: 'boolean' })
  contentKnown: boolean;

  @Column({ name: 'source_note', type: 'text', nullable: true })
  sourceNote: string | null;

  @Column({ type: 'text', nullable: true })
  preamble: string | null;

  @Column({ type: 'text', array: true })
  purposes: string[];

  @Column({ type: 'text', array: true })
  requirements: string[];

  @Column({ type: 'text', array: true })
  objectives: string[];

  @Column({ name: 'responsibilities_preamble', type: 'text', nullable: true })
  responsibilitiesPreamble: string | null;

  @Column({ name: 'funding_source', type: 'text', nullable: true })
  fundingSource: string | null;

  @Column({ name: 'signer_name', type: 'text', nullable: true })
  signerName: string | null;

  @Column({ name: 'signer_capacity', type: 'text', nullable: true })
  signerCapacity: string | null;

  @Column({ name: 'signer_on_behalf_of', type: 'text', nullable: true })
  signerOnBehalfOf: string | null;

  @Column({ name: 'signer_signs_for', type: 'text', nullable: true })
  signerSignsFor: string | null;

  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ type: 'text', nullable: true })
  archive: string | null;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
