import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRecord } from './tenant-record.type';

@ObjectType({ description: 'What a commune records about itself for mediation work' })
export class CommuneProfile extends TenantRecord {
  @Field({ description: 'Area with many ethnic-minority residents: each team then needs an ethnic-minority mediator' })
  minorityArea: boolean;

  @Field(() => String, { nullable: true })
  difficulties: string | null;

  @Field(() => Int, { nullable: true, description: '0 (none) to 10 (many): ranks pilot candidates' })
  difficultyScore: number | null;
}
