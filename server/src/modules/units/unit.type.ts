import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'Tỉnh (province), huyện (district, until 2025-06-30), xã (commune)' });

export enum SuccessionKind {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}
registerEnumType(SuccessionKind, {
  name: 'SuccessionKind',
  description: 'FULL: the whole old unit went into the new one; PARTIAL: the old unit was split',
});

/** An official administrative unit of one era; codes repeat across eras, ids do not. */
@ObjectType({ description: 'An official administrative unit (đơn vị hành chính), valid between two dates' })
export class AdministrativeUnit {
  @Field(() => ID)
  id: number;

  @Field({ description: 'GSO code, zero-padded; unique only together with validFrom' })
  code: string;

  @Field({ description: 'The name in force today (see names for its history)' })
  name: string;

  @Field({ description: 'Tỉnh, Thành phố Trung ương, Huyện, Quận, Thị xã, Thành phố, Xã, Phường, Thị trấn, Đặc khu' })
  type: string;

  @Field(() => UnitLevel)
  level: UnitLevel;

  @Field(() => LocalDateResolver)
  validFrom: string;

  @Field(() => LocalDateResolver, { nullable: true })
  validTo: string | null;

  @Field(() => ID, { nullable: true })
  parentId: number | null;
}

@ObjectType({ description: 'A unit before or after the 2025 reorganisation, and how much of it passed' })
export class SuccessionLink {
  @Field(() => AdministrativeUnit)
  unit: AdministrativeUnit;

  @Field(() => SuccessionKind)
  kind: SuccessionKind;

  @Field({ description: 'Where the link comes from: the compiled mapping, or an administrator correction' })
  source: string;
}

@ObjectType({ description: 'A name (and type) in force from a date' })
export class UnitName {
  @Field()
  name: string;

  @Field()
  type: string;

  @Field(() => LocalDateResolver)
  validFrom: string;
}
