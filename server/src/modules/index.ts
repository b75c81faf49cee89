import type { NonEmptyArray } from 'type-graphql';
import { AgencyEntity } from './agencies/agency.entity';
import { AgencyResolver } from './agencies/agency.resolver';
import { HamletEntity } from './hamlets/hamlet.entity';
import { HamletResolver } from './hamlets/hamlet.resolver';
import { AdminUnitEntity, UnitSuccessionEntity } from './units/unit.entity';
import { SuccessionResolver } from './units/succession.resolver';
import { AdministrativeUnitResolver } from './units/unit.resolver';
import { AuthResolver } from './users/auth.resolver';
import { MembershipEntity, UserEntity } from './users/user.entity';
import { MembershipResolver, UserResolver } from './users/user.resolver';

/** Every module registers its resolvers and entities here, and nowhere else. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  AdministrativeUnitResolver,
  SuccessionResolver,
  UserResolver,
  MembershipResolver,
  HamletResolver,
  AgencyResolver,
];

export const entities = [AdminUnitEntity, UnitSuccessionEntity, UserEntity, MembershipEntity, HamletEntity, AgencyEntity];
