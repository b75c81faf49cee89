import { createHash } from 'node:crypto';
import { continueCommune } from './commune-later.model';
import { generateCommune } from './commune.model';
import type { ProvinceData, ProvinceTree } from './synthetic.types';
import { generateTraining } from './training.model';

/**
 * Everything the generator makes for one province: a pure function of the seed and the units, so
 * the same seed gives the same data, whatever the database held before.
 */
export function generateProvince(seed: number, tree: ProvinceTree): ProvinceData {
  const data: ProvinceData = {
    profiles: [], assessments: [], hamlets: [], teams: [], mediators: [], reviews: [], cases: [], yearlyCounts: [], pools: [], trainers: [], events: [],
  };
  for (const commune of tree.communes) {
    const local = generateCommune(seed, tree.province.code, commune, tree.successors[commune.code] ?? []);
    continueCommune(seed, tree.province.code, commune, local);
    const teamOffset = data.hamlets.length;
    const mediatorOffset = data.mediators.length;
    data.profiles.push(local.profile);
    data.assessments.push(...local.assessments);
    data.hamlets.push(...local.hamlets);
    data.teams.push(...local.teams.map((t) => ({ ...t, hamlet: t.hamlet + teamOffset, leader: t.leader == null ? null : t.leader + mediatorOffset })));
    data.mediators.push(...local.mediators.map((m) => ({ ...m, team: m.team + teamOffset })));
    data.reviews.push(...local.reviews.map((r) => ({ ...r, team: r.team + teamOffset })));
    data.cases.push(...local.cases.map((c) => ({ ...c, team: c.team + teamOffset, mediators: c.mediators.map((m) => m + mediatorOffset) })));
    data.yearlyCounts.push(...local.yearlyCounts.map((y) => ({ ...y, team: y.team + teamOffset })));
  }
  Object.assign(data, generateTraining(seed, tree, data));
  return data;
}

export type ProvinceCounts = Record<string, number>;

export function countsOf(data: ProvinceData): ProvinceCounts {
  return {
    communes: data.profiles.length, hamlets: data.hamlets.length, teams: data.teams.length, mediators: data.mediators.length,
    reviews: data.reviews.length, assessments: data.assessments.length, cases: data.cases.length,
    caseMediators: data.cases.reduce((sum, c) => sum + c.mediators.length, 0), parties: data.cases.filter((c) => c.parties).length,
    yearlyCounts: data.yearlyCounts.length, pools: data.pools.length, trainers: data.trainers.length, events: data.events.length,
    movedByMapping: data.hamlets.filter((h) => h.destination?.basis === 'FULL_MAPPING').length,
    movedByGenerator: data.hamlets.filter((h) => h.destination?.basis === 'GENERATED').length,
    unassigned: data.hamlets.filter((h) => !h.destination).length,
    teachers: data.events.reduce((sum, e) => sum + e.teachers.length, 0),
    attendance: data.events.reduce((sum, e) => sum + e.mediators.length + e.trainers.length, 0),
  };
}

/** sha256 of the generated content (not of ids, which depend on the database's sequences). */
export const checksumOf = (data: ProvinceData): string => createHash('sha256').update(JSON.stringify(data)).digest('hex');
