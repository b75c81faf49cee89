import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { LegalDocumentKind } from './plan.enums';

@InputType()
export class LegalDocumentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in number and title, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => LegalDocumentKind, { nullable: true })
  kind?: LegalDocumentKind;

  @Field(() => ID, { nullable: true, description: 'The issuing unit' })
  issuingUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'Documents implementing this one' })
  implementsId?: string;
}

@ArgsType()
export class LegalDocumentListArgs extends ListArgs {
  @Field(() => LegalDocumentFilter, { nullable: true })
  filter?: LegalDocumentFilter;
}

@ArgsType()
export class LegalDocumentMetaArgs extends MetaArgs {
  @Field(() => LegalDocumentFilter, { nullable: true })
  filter?: LegalDocumentFilter;
}

@ArgsType()
export class CreateLegalDocumentArgs {
  @Field(() => LegalDocumentKind)
  kind: LegalDocumentKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: 'numberSymbol must be 1 to 60 characters long' })
  numberSymbol?: string | null;

  @Field()
  @Length(1, 300, { message: 'issuingBody must be 1 to 300 characters long' })
  issuingBody: string;

  @Field(() => ID, { nullable: true, description: 'The issuing unit; omit for a national document (system administrators only)' })
  issuingUnitId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  issuedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'When only the year is known' })
  issuedYear?: number | null;

  @Field()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title: string;

  @Field(() => ID, { nullable: true })
  implementsId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document this one amends or supplements' })
  amendsId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision this document was issued with ("ban hành kèm theo Quyết định số ...")' })
  issuedWithId?: string | null;

  @Field({ nullable: true, defaultValue: true })
  contentKnown: boolean;
}

@ArgsType()
export class UpdateLegalDocumentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: 'numberSymbol must be 1 to 60 characters long' })
  numberSymbol?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'issuingBody must be 1 to 300 characters long' })
  issuingBody?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  issuedOn?: string | null;

  @Field(() => Int, { nullable: true })
  issuedYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  implementsId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document this one amends or supplements' })
  amendsId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision this document was issued with ("ban hành kèm theo Quyết định số ...")' })
  issuedWithId?: string | null;

  @Field(() => Boolean, { nullable: true })
  contentKnown?: boolean | null;
}
