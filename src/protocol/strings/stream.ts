/** Text about streamed playback (issue 15): played at once while a playback copy is made. */
export const STREAM_STRINGS = {
  'stream.playing': ['Speelt meteen af; op de achtergrond wordt een afspeelkopie gemaakt voor de volgende keer.', 'Plays at once; a playback copy for next time is made in the background.'],
  'stream.failed': ['Het meteen afspelen is onderbroken ({0}). Een afspeelkopie van de hele opname maken duurt langer, maar speelt daarna zeker af.', 'Playing at once was interrupted ({0}). A playback copy of the whole recording takes longer, but then plays for sure.'],
  'stream.missing': ['De opname is weggehaald of verplaatst terwijl die afspeelde. Transcript en aantekeningen werken gewoon.', 'The recording was removed or moved while it played. Transcript and notes still work.'],
  'stream.wholeCopy': ['Afspeelkopie maken', 'Make a playback copy'],
  'stream.background': ['Afspeelkopie op de achtergrond', 'Playback copy in the background'],
  'stream.backgroundCancelled': ['De afspeelkopie op de achtergrond is gestopt; afspelen gaat gewoon door.', 'The background playback copy was stopped; playback goes on.'],
} as const;
