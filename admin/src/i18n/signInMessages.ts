// The words of the sign-in page, in both languages. The page loads before react-admin and the
// console's message files (main.tsx), so it reads them from here; vi.ts and en.ts reuse them.

export type Locale = 'vi' | 'en';

export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

export const DEFAULT_LOCALE: Locale = 'vi';

type SignInWords = {
  title: string;
  email: string;
  password: string;
  signIn: string;
  badCredentials: string;
  noAnswer: string;
  language: string;
};

export const SIGN_IN: Record<Locale, SignInWords> = {
  vi: {
    title: 'Hòa giải ở cơ sở',
    email: 'Email',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    badCredentials: 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.',
    noAnswer: 'Không kết nối được máy chủ. Vui lòng thử lại.',
    language: 'Ngôn ngữ',
  },
  en: {
    title: 'Grassroots mediation',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    badCredentials: 'The email or password is wrong, or the account is disabled.',
    noAnswer: 'The server could not be reached. Please try again.',
    language: 'Language',
  },
};

// react-admin keeps the chosen language in its localStorage store under this key (as JSON).
const STORE_KEY = 'RaStore.locale';

export const storedLocale = (): Locale => {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    return value === 'en' ? 'en' : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const storeLocale = (locale: Locale): void => localStorage.setItem(STORE_KEY, JSON.stringify(locale));
