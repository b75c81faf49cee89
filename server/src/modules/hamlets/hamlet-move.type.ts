import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { HamletKind } from './hamlet.type';

export enum HamletMoveBasis {
  FULL_MAPPING = 'FULL_MAPPING',
  ASSIGNED = 'ASSIGNED',
  GENERATED = 'GENERATED',
}
registerEnumType(HamletMoveBasis, {
  name: 'HamletMoveBasis',
  description: 'FULL_MAPPING: the whole old commune went into the new one, moved automatically; ASSIGNED: chosen by the admin of the new province (split or unmapped old commune); GENERATED: chosen by the synthetic demo generator',
});

export enum MappingKind {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  UNMAPPED = 'UNMAPPED',
}
registerEnumType(MappingKind, { name: 'MappingKind', description: 'How an old commune is mapped to 2025: wholly into one commune, split between several, or missing from the mapping' });

@ObjectType({ description: 'A hamlet (with its teams and their mediators) passing from an abolished commune to its 2025 commune: the dated record of the reform on the ground' })
export class HamletMove {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  hamletId: number;

  @Field(() => ID, { description: 'The 2025 commune it moved to' })
  unitId: number;

  @Field(() => ID, { description: 'The abolished commune it left; the records made there stay there' })
  fromUnitId: number;

  @Field(() => LocalDateResolver)
  movedOn: string;

  @Field(() => HamletMoveBasis)
  basis: HamletMoveBasis;

  @Field(() => MappingKind, { description: 'The old commune\'s mapping when the move was made' })
  mapping: MappingKind;

  @Field(() => Int, { description: 'Teams that moved with the hamlet' })
  teams: number;

  @Field(() => Int, { description: 'Mediators (active or not) that moved with those teams' })
  mediators: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Who assigned it (null: moved automatically or by the generator)' })
  movedById: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver, { description: 'When the move was recorded' })
  createdAt: Date;
}

@ObjectType({ description: 'A hamlet still under a commune abolished in 2025 whose successor is not settled (a split or unmapped old commune): it waits for the admin of the new province' })
export class UnassignedHamlet {
  @Field(() => ID, { description: 'The hamlet\'s id' })
  id: number;

  @Field()
  name: string;

  @Field(() => HamletKind)
  kind: HamletKind;

  @Field(() => ID, { description: 'The abolished commune it is still under' })
  unitId: number;

  @Field(() => MappingKind)
  mapping: MappingKind;

  @Field(() => Int, { description: 'Teams of the hamlet that will move with it' })
  teams: number;

  @Field(() => Int, { description: 'Mediators of those teams' })
  mediators: number;
}
