import type { NonEmptyArray } from 'type-graphql';
import { AgencyEntity } from './agencies/agency.entity';
import { AgencyResolver } from './agencies/agency.resolver';
import { HamletEntity } from './hamlets/hamlet.entity';
import { HamletResolver } from './hamlets/hamlet.resolver';
import { HamletMoveEntity } from './hamlets/hamlet-move.entity';
import { HamletMoveFieldResolver, HamletMoveResolver, UnassignedHamletResolver } from './hamlets/hamlet-move.resolver';
import { AdminUnitEntity, UnitSuccessionEntity } from './units/unit.entity';
import { SuccessionResolver } from './units/succession.resolver';
import { AdministrativeUnitResolver } from './units/unit.resolver';
import { AuthResolver } from './users/auth.resolver';
import { CapabilitiesResolver } from './users/capabilities.resolver';
import { MembershipEntity, UserEntity } from './users/user.entity';
import { MembershipResolver, UserResolver } from './users/user.resolver';
import { planEntities, planResolvers } from './plans';
import { PlanImportResolver } from './documents/plan-import.resolver';
import { assessmentsModule } from './assessments';
import { casesModule } from './cases';
import { trainingModule } from './training';
import { workforceModule } from './workforce';
import { indicatorsModule } from './indicators';
import { DataYearResolver } from './indicators/data-year.resolver';
import { pilotsModule } from './pilots';
import { reportsModule } from './reports';
import { dashboardModule } from './dashboard';
import { analysisModule } from './analysis';

/** Every module registers its resolvers and entities here, and nowhere else. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  CapabilitiesResolver,
  AdministrativeUnitResolver,
  SuccessionResolver,
  UserResolver,
  MembershipResolver,
  HamletResolver,
  HamletMoveResolver,
  UnassignedHamletResolver,
  HamletMoveFieldResolver,
  DataYearResolver,
  AgencyResolver,
  ...planResolvers,
  PlanImportResolver,
  ...workforceModule.resolvers, ...trainingModule.resolvers, ...casesModule.resolvers, ...assessmentsModule.resolvers,
  ...indicatorsModule.resolvers, ...reportsModule.resolvers, ...pilotsModule.resolvers,
  ...dashboardModule.resolvers, ...analysisModule.resolvers,
];

export const entities = [AdminUnitEntity, UnitSuccessionEntity, UserEntity, MembershipEntity, HamletEntity, HamletMoveEntity, AgencyEntity, ...planEntities,
  ...workforceModule.entities, ...trainingModule.entities, ...casesModule.entities, ...assessmentsModule.entities,
  ...reportsModule.entities, ...pilotsModule.entities, ...indicatorsModule.entities];
