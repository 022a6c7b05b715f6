/**
 * The two languages Klein Kijken speaks, Dutch first. The webview's text lives in one catalogue
 * (`src/protocol/strings/*`, keyed); text the host, the CLI and the exporters compose with values
 * (file names, counts, a ffmpeg version) is written at the call, Dutch beside English, through `t`.
 */
export type Lang = 'nl' | 'en';

/** The one way host, CLI and exports pick their text: `t(lang, 'Opslaan', 'Save')`. */
export function t(lang: Lang, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}

/** Text kept in both languages in the data (a tag's label, a rule's reason): the one for `lang`. */
export function localText(lang: Lang, text: { readonly nl: string; readonly en: string }): string {
  return t(lang, text.nl, text.en);
}
