import type { Random } from './prng';

/** Small lists, enough for plausible synthetic people and places; nobody real is meant. */
const KINH_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm'] as const;
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Công', 'Đức'] as const;
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Kim', 'Bích', 'Thanh'] as const;
const MALE_GIVEN = ['Hùng', 'Dũng', 'Tâm', 'Phúc', 'Lộc', 'Tài', 'Sơn', 'Hải', 'Bình', 'Nam', 'Thành', 'Long', 'Khánh', 'Tuấn', 'Hòa', 'Nghĩa', 'Trung', 'Hiếu', 'Thắng', 'Tín'] as const;
const FEMALE_GIVEN = ['Lan', 'Hoa', 'Mai', 'Hương', 'Thảo', 'Hạnh', 'Nga', 'Yến', 'Phượng', 'Thủy', 'Trang', 'Loan', 'Hồng', 'Liên', 'Diễm', 'Tuyết', 'Nhung', 'Vân'] as const;

const KHMER_FAMILY = ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Lý', 'Châu', 'Tăng'] as const;
const KHMER_MALE = ['Sô Phal', 'Sa Rinh', 'Chanh Thu', 'Sóc', 'Sa Phonl', 'Ron', 'Khol', 'Pho', 'Sa Ret', 'Chum'] as const;
const KHMER_FEMALE = ['Thị Sa Ly', 'Thị Sà Rươne', 'Thị Sô Phia', 'Thị Chanh Đa', 'Thị Kim Sa', 'Thị Sô Phol', 'Thị Mỹ Linh'] as const;
const HOA_FAMILY = ['Lưu', 'Quách', 'Tạ', 'Trịnh', 'Lý', 'Hứa'] as const;
const NORTH_MINORITY_FAMILY = ['Hoàng', 'Nông', 'Lò', 'Hà', 'Vi', 'Giàng', 'Sùng', 'Lường', 'Bế', 'Đinh'] as const;
const HIGHLAND_FAMILY = ['Y', 'Ksor', 'Rơ Châm', 'Siu', 'Nay', 'A'] as const;

export type Gender = 'FEMALE' | 'MALE';

export function personName(random: Random, gender: Gender, ethnicity: string): string {
  if (ethnicity === 'Khmer') return `${random.pick(KHMER_FAMILY)} ${random.pick(gender === 'FEMALE' ? KHMER_FEMALE : KHMER_MALE)}`;
  const family = ethnicity === 'Kinh'
    ? random.pick(KINH_FAMILY)
    : ethnicity === 'Hoa' ? random.pick(HOA_FAMILY)
    : ['Ê Đê', 'Gia Rai', 'Ba Na', 'Xơ Đăng', "M'Nông", "K'Ho", 'Raglai'].includes(ethnicity) ? random.pick(HIGHLAND_FAMILY)
    : random.pick(NORTH_MINORITY_FAMILY);
  const middle = random.pick(gender === 'FEMALE' ? FEMALE_MIDDLE : MALE_MIDDLE);
  return `${family} ${middle} ${random.pick(gender === 'FEMALE' ? FEMALE_GIVEN : MALE_GIVEN)}`;
}

const SOUTHERN_HAMLETS = [
  'An Bình', 'An Hòa', 'An Lạc', 'Bình Thạnh', 'Hòa Bình', 'Hòa Thuận', 'Long Bình', 'Mỹ Hòa', 'Mỹ Lợi', 'Phú Hòa', 'Phú Lợi',
  'Phước Long', 'Tân An', 'Tân Hòa', 'Tân Lập', 'Tân Phú', 'Thạnh Lợi', 'Thạnh Mỹ', 'Vĩnh Hòa', 'Vĩnh Thành', 'Xóm Mới', 'Kinh Mới',
  'Rạch Già', 'Phú Thành', 'Hưng Thới', 'Lợi Thuận', 'Khánh Hưng', 'Vàm Đình', 'Cầu Đồn', 'Trung Hưng',
] as const;
const KHMER_HAMLETS = ['Sóc Xoài', 'Tà Ân', 'Prey Chóp', 'Bưng Tróp', 'Bưng Cốc', 'Sóc Leo', 'Tà Liêm', 'Sóc Dong', 'Kiết Lập', 'Tà Điếp'] as const;
const NORTHERN_HAMLETS = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Đoài', 'Yên Thái', 'Phú Xuân', 'Tân Lập', 'Đồng Tâm', 'Quyết Tiến', 'Hợp Nhất', 'Tiền Phong'] as const;

export type HamletKindValue = 'THON' | 'AP' | 'KHOM' | 'TO_DAN_PHO';
export type HamletPlan = { name: string; kind: HamletKindValue };

/**
 * Distinct hamlet names for a commune, in the local words: ấp and khóm in the south, thôn and tổ dân
 * phố elsewhere. Some communes number their hamlets, others name them. Never "Ấp Test ...": tests
 * create hamlets with that prefix.
 */
export function hamletNames(random: Random, count: number, south: boolean, urban: boolean, khmer: boolean): HamletPlan[] {
  const kind: HamletKindValue = south ? (urban ? 'KHOM' : 'AP') : urban ? 'TO_DAN_PHO' : 'THON';
  const word = { AP: 'Ấp', KHOM: 'Khóm', THON: 'Thôn', TO_DAN_PHO: 'Tổ dân phố' }[kind];
  if (urban || random.chance(0.4)) return Array.from({ length: count }, (_, i) => ({ name: `${word} ${i + 1}`, kind }));
  const pool = south ? (khmer ? [...KHMER_HAMLETS, ...SOUTHERN_HAMLETS.slice(0, 10)] : SOUTHERN_HAMLETS) : NORTHERN_HAMLETS;
  const names = random.shuffle(pool).slice(0, count).map((stem) => ({ name: `${word} ${stem}`, kind }));
  for (let i = names.length; i < count; i++) names.push({ name: `${word} ${i + 1}`, kind });
  return names;
}
