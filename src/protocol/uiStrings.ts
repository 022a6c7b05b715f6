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

export type UiStringKey = keyof typeof UI_STRINGS;

export function uiStrings(lang: Lang): Record<string, string> {
  const i = lang === 'nl' ? 0 : 1;
  return Object.fromEntries(Object.entries(UI_STRINGS).map(([k, v]) => [k, (v as readonly [string, string])[i]]));
}
