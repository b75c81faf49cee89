import type { GraphQLFormattedError } from 'graphql';
import type { TranslationMessages } from 'react-admin';
import type { SignInError } from '../auth/signIn';
import { englishWithApp } from './en';
import { formatMessage, type Translate } from './formatMessage';
import { reasonsEn } from './reasons.en';
import { reasonsVi } from './reasons.vi';
import { vietnameseMessages } from './vi';

type Refusal = { message: string; code?: string; reason?: string; params?: Record<string, unknown> };

const REASONS: Record<string, Record<string, string>> = { vi: reasonsVi, en: reasonsEn };
const MESSAGES: Record<string, TranslationMessages> = { vi: vietnameseMessages, en: englishWithApp };

/** A message of the console's files by its dotted key; the singular of "one |||| many". */
const translateIn = (messages: TranslationMessages): Translate => (key, options) => {
  let node: unknown = messages;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') return typeof options?._ === 'string' ? options._ : key;
  return node.split('||||')[0].trim();
};

/** What the console says of a code when the refusal's reason is one it does not know (hoagiai.errors.*). */
const BY_CODE: Record<string, string> = {
  CONFLICT: 'hoagiai.errors.conflict',
  FORBIDDEN: 'hoagiai.errors.forbidden',
  NOT_FOUND: 'hoagiai.errors.notFound',
  UNAUTHENTICATED: 'hoagiai.errors.unauthenticated',
  TOO_MANY_REQUESTS: 'hoagiai.errors.tooManyRequests',
  SERVICE_UNAVAILABLE: 'hoagiai.errors.serviceUnavailable',
};

/**
 * A refusal of the server in the user's language: the message of its reason with its parameters,
 * or, for a reason this console does not know yet (a newer server), what it says of the code
 * (throttled, unavailable, forbidden ...), else the server's own message.
 */
export function describe(refusal: Refusal, locale: string): string {
  const lang = locale === 'en' ? 'en' : 'vi';
  const message = refusal.reason ? REASONS[lang][refusal.reason] : undefined;
  const translate = translateIn(MESSAGES[lang]);
  if (!message) return refusal.code && BY_CODE[refusal.code] ? translate(BY_CODE[refusal.code], { _: refusal.message }) : refusal.message;
  return formatMessage(message, refusal.params, lang, translate);
}

/**
 * The same for a GraphQL error as the API answers it. Some modules (plans) put a reason's values
 * beside it in `extensions` rather than in `params`: they count as parameters too.
 */
export const describeGraphQLError = (error: GraphQLFormattedError, locale: string): string => {
  const { code, reason, params, field: _field, ...beside } = error.extensions ?? {};
  return describe({
    message: error.message,
    code: code as string | undefined,
    reason: reason as string | undefined,
    params: { ...beside, ...(params as Record<string, unknown> | undefined) },
  }, locale);
};

/** Why a sign-in failed (the sign-in page loads this file only when it needs it). */
export const describeSignInError = async (error: SignInError, locale: string): Promise<string | undefined> =>
  error.reason || error.code ? describe({ message: error.message, code: error.code, reason: error.reason, params: error.params }, locale) : undefined;
