import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** Thôn, ấp, khóm, tổ dân phố, bản, buôn, làng, phum, sóc: the local words for a hamlet. */
export enum HamletKind {
  THON = 'THON',
  AP = 'AP',
  KHOM = 'KHOM',
  TO_DAN_PHO = 'TO_DAN_PHO',
  BAN = 'BAN',
  BUON = 'BUON',
  LANG = 'LANG',
  PHUM = 'PHUM',
  SOC = 'SOC',
  OTHER = 'OTHER',
}
registerEnumType(HamletKind, { name: 'HamletKind' });

@ObjectType({ description: 'A hamlet (thôn / ấp / khóm / tổ dân phố) of a commune: one mediation team each' })
export class Hamlet {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  unitId: number;

  @Field()
  name: string;

  @Field(() => HamletKind)
  kind: HamletKind;

  @Field(() => ID, { nullable: true, description: 'The commune it belonged to before the 2025 reform moved it (see moves); null if it never moved' })
  formerUnitId: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it passed to its current commune (2025-07-01); null if it never moved' })
  movedOn: string | null;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
