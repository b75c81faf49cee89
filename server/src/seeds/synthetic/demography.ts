/**
 * The parameters of the synthetic population, scaled from national figures (2021: 87,964 teams,
 * 551,328 mediators, 80.6% settled) and from what is known of the two demo provinces: Sóc Trăng
 * has a large Khmer population, concentrated in some districts; Bạc Liêu a smaller one.
 */
export const NATIONAL = { teamsPerCommune: 87_964 / 10_599, mediatorsPerTeam: 551_328 / 87_964, settlementRate: 0.806 } as const;

export const DEFAULT_SEED = 20211116; // Mỹ Tú's plan 127/KH-UBND, 16 Nov 2021

type Region = 'NORTH_MOUNTAIN' | 'HIGHLANDS' | 'SOUTH_CENTRAL' | 'MEKONG' | 'OTHER';

/** Share of communes that are areas with many ethnic-minority residents, by province (default 4%). */
const MINORITY_AREA_SHARE: Record<string, number> = {
  '02': 0.8, '04': 0.85, '06': 0.8, '08': 0.6, '10': 0.75, '11': 0.8, '12': 0.85, '14': 0.8, '15': 0.6, '17': 0.7, '19': 0.35, '20': 0.8,
  '22': 0.15, '24': 0.2, '25': 0.15, '38': 0.35, '40': 0.3, '42': 0.1, '44': 0.1, '45': 0.15, '46': 0.15, '49': 0.3, '51': 0.3,
  '52': 0.1, '54': 0.15, '56': 0.1, '58': 0.4, '60': 0.1, '62': 0.65, '64': 0.6, '66': 0.45, '67': 0.45, '68': 0.45, '70': 0.3,
  '84': 0.5, '91': 0.25, '93': 0.1, '94': 0.45, '95': 0.12,
};

/** Districts of the demo provinces where Khmer residents are many (Vĩnh Châu, Trần Đề, Mỹ Xuyên, ...). */
const MINORITY_DISTRICTS: Record<string, number> = {
  '942': 0.7, '944': 0.7, '947': 0.7, '949': 0.65, '950': 0.85, '951': 0.75, '957': 0.25, '958': 0.3, '961': 0.25,
};

const REGION_OF: [RegExp, Region][] = [
  [/^(02|04|06|08|10|11|12|14|15|17|19|20|22|24|25)$/, 'NORTH_MOUNTAIN'],
  [/^(62|64|66|67|68)$/, 'HIGHLANDS'],
  [/^(54|56|58|60)$/, 'SOUTH_CENTRAL'],
  [/^(8\d|9\d)$/, 'MEKONG'],
];

export const regionOf = (provinceCode: string): Region => REGION_OF.find(([pattern]) => pattern.test(provinceCode))?.[1] ?? 'OTHER';

export function minorityAreaShare(provinceCode: string, districtCode: string): number {
  const province = MINORITY_AREA_SHARE[provinceCode] ?? 0.04;
  if (provinceCode === '94' || provinceCode === '95') return MINORITY_DISTRICTS[districtCode] ?? province / 2;
  return province;
}

/** The ethnicities of minority mediators, by region, with rough weights. */
export const MINORITY_ETHNICITIES: Record<Region, readonly (readonly [string, number])[]> = {
  NORTH_MOUNTAIN: [['Tày', 4], ['Thái', 4], ['Mường', 3], ["H'Mông", 3], ['Nùng', 2], ['Dao', 2]],
  HIGHLANDS: [['Ê Đê', 3], ['Gia Rai', 3], ['Ba Na', 2], ['Xơ Đăng', 2], ["M'Nông", 1], ["K'Ho", 1]],
  SOUTH_CENTRAL: [['Chăm', 3], ['Raglai', 2], ["K'Ho", 1]],
  MEKONG: [['Khmer', 9], ['Hoa', 1]],
  OTHER: [['Mường', 2], ['Thái', 2], ['Tày', 1], ['Hoa', 1]],
};

export const CASE_CATEGORIES = [['LAND', 30], ['MARRIAGE_FAMILY', 25], ['CIVIL', 20], ['NEIGHBOURHOOD', 18], ['OTHER', 7]] as const;

export const DIFFICULTIES = [
  'Địa bàn rộng, giao thông khó khăn',
  'Nhiều đồng bào dân tộc thiểu số, hạn chế tiếng phổ thông',
  'Tranh chấp đất đai phức tạp, kéo dài',
  'Hòa giải viên lớn tuổi, thay đổi thường xuyên',
  'Kinh phí hỗ trợ hoạt động hòa giải còn hạn chế',
  'Tỷ lệ hộ nghèo cao, lao động đi làm ăn xa',
] as const;
