import type { Lang } from './messages';
import { COMMON_STRINGS } from './strings/common';
import { DETAILS_STRINGS } from './strings/details';
import { MIRROR_STRINGS } from './strings/mirror';
import { QUESTIONS_STRINGS } from './strings/questions';
import { REVIEW_STRINGS } from './strings/review';
import { SPEECH_STRINGS } from './strings/speech';
import { STREAM_STRINGS } from './strings/stream';
import { TRANSCRIPT_STRINGS } from './strings/transcript';

/**
 * All text the webview shows, as [Dutch, English] pairs. The host picks the language (the
 * `kleinKijken.taal` setting) and sends one flat dictionary; the webview never decides.
 */
export const UI_STRINGS = {
  ...COMMON_STRINGS,
  ...TRANSCRIPT_STRINGS,
  ...DETAILS_STRINGS,
  ...QUESTIONS_STRINGS,
  ...REVIEW_STRINGS,
  ...MIRROR_STRINGS,
  ...SPEECH_STRINGS,
  ...STREAM_STRINGS,
} as const;

/** Every key the webview may show: a misspelt or missing key is a compile error, not raw text. */
export type UiStringKey = keyof typeof UI_STRINGS;

/** What the webview's `t` looks like: a typed key, then the values for `{0}`, `{1}`… */
export type Translate = (key: UiStringKey, ...args: (string | number)[]) => string;

/** The dictionary the host sends in `init`: one language, every key. */
export type UiStrings = Record<UiStringKey, string>;

export function uiStrings(lang: Lang): UiStrings {
  const i = lang === 'nl' ? 0 : 1;
  return Object.fromEntries(Object.entries(UI_STRINGS).map(([k, v]) => [k, (v as readonly [string, string])[i]])) as UiStrings;
}
