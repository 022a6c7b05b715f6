/**
 * Inputs made to make a parser's regexes backtrack, each of about `n` characters (the unit tests
 * use them for "refused or read, never thrown", the bench for "time grows linearly with n").
 */
export function backtrackingInputs(n: number): { name: string; text: string }[] {
  return [
    { name: 'vtt-many-lt', text: 'WEBVTT\n\n00:01.000 --> 00:02.000\n' + '<'.repeat(n) },
    { name: 'srt-spaces-newlines', text: '1\n00:00:01,000 --> 00:00:02,000\n' + ' '.repeat(n) + 'x\n' + '\n'.repeat(n / 2) + 'y' },
    { name: 'otr-timestamp-spans', text: '{"text":"' + "<span class='timestamp ".repeat(Math.round(n / 23)) + '"}' },
    { name: 'eaf-open-attrs', text: '<ANNOTATION_DOCUMENT>' + '<a b="'.repeat(Math.round(n / 6)) },
    { name: 'txt-stamp-colons', text: '[' + ' '.repeat(n) + '00:01] ' + ' :'.repeat(n / 2) },
  ];
}
