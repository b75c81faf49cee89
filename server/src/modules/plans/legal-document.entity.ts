import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'legal_document' })
export class LegalDocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'enum', enumName: 'legal_document_kind', enum: ['DIRECTIVE', 'PLAN', 'DECISION', 'SCHEME', 'RESOLUTION', 'PROGRAMME', 'REPORT', 'OFFICIAL_LETTER', 'CIRCULAR', 'DECREE', 'LAW'] })
  kind: string;

  @Column({ name: 'number_symbol', type: 'text', nullable: true })
  numberSymbol: string | null;

  @Column({ name: 'issuing_body', type: 'text' })
  issuingBody: string;

  /** The issuing unit; null for national documents (the Prime Minister's). */
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'issued_year', type: 'smallint', nullable: true })
  issuedYear: number | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'implements_id', type: 'int', nullable: true })
  implementsId: number | null;

  @Column({ name: 'amends_id', type: 'int', nullable: true })
  amendsId: number | null;

  /** The decision this document was issued with; a plan's follows plan.issued_by_decision_id (trigger). */
  @Column({ name: 'issued_with_id', type: 'int', nullable: true })
  issuedWithId: number | null;

  @Column({ name: 'content_known', type: 'boolean' })
  contentKnown: boolean;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
