import { TrainerPoolEntity } from './trainer-pool.entity';
import { TrainerPoolResolver } from './trainer-pool.resolver';
import { TrainerEntity } from './trainer.entity';
import { TrainerResolver } from './trainer.resolver';
import { TrainingEventEntity } from './training-event.entity';
import { TrainingEventResolver } from './training-event.resolver';

/** Trainer pools, trainers and training events (issue 4, items 2 and 3). */
export const trainingModule = {
  resolvers: [TrainerPoolResolver, TrainerResolver, TrainingEventResolver],
  entities: [TrainerPoolEntity, TrainerEntity, TrainingEventEntity],
};
