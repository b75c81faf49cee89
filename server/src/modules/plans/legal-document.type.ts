import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { LegalDocumentKind } from './plan.enums';

@ObjectType({ description: 'A document in the chain of implementation (chỉ thị, kế hoạch, quyết định, đề án). contentKnown = false: known only by reference.' })
export class LegalDocument {
  @Field(() => ID)
  id: number;

  @Field(() => LegalDocumentKind)
  kind: LegalDocumentKind;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu: "127/KH-UBND", "05-CT/TU", "428/QĐ-TTg"' })
  numberSymbol: string | null;

  @Field({ description: 'The issuer as the document names it (a committee, a Party standing committee, the Prime Minister)' })
  issuingBody: string;

  @Field(() => ID, { nullable: true, description: 'The issuing unit where there is one; null for national documents' })
  issuingUnitId: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  issuedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of issue (known alone for some referenced documents)' })
  issuedYear: number | null;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The document this one implements (for a scheme: the decision that approved it)' })
  implementsId: number | null;

  @Field(() => ID, { nullable: true, description: 'The document this one amends or supplements' })
  amendsId: number | null;

  @Field(() => ID, { nullable: true, description: 'The decision this document was issued with ("ban hành kèm theo Quyết định số ...")' })
  issuedWithId: number | null;

  @Field({ description: 'false when only the reference is known, not the content' })
  contentKnown: boolean;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
