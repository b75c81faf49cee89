import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../core/tenancy/scope';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  email: string;

  @Column({ name: 'full_name' })
  fullName: string;

  @Column()
  active: boolean;

  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'enum', enum: ['SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST'], enumName: 'member_role' })
  role: Role;

  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
