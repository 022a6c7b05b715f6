/** UI text of "Transcript maken" in the transcript panel (speech recognition), as [Dutch, English] pairs. */
export const SPEECH_STRINGS = {
  'speech.empty.make': ['Transcript maken (op deze computer)', 'Make a transcript (on this computer)'],
  'speech.empty.makeHint': [
    'Klein Kijken schrijft het gesprek zelf uit met een spraakmodel op deze computer; de opname gaat nergens heen. Daarna verbeter je de tekst hier.',
    'Klein Kijken writes the conversation out itself with a speech model on this computer; the recording goes nowhere. Then you correct the text here.',
  ],
  'speech.empty.regions': ['Spraakstukken als lege regels', 'Speech regions as empty rows'],
  'speech.who.title': ['Wie is wie?', 'Who is who?'],
  'speech.who.explain': [
    'De stemmen zijn automatisch uit elkaar gehouden. Luister naar elke stem en zeg wie het is; dat telt mee in de gespreksspiegel.',
    'The voices were told apart automatically. Listen to each voice and say who it is; this counts in the conversation mirror.',
  ],
  'speech.who.play': ['{0} laten horen (2 seconden)', 'Play {0} (2 seconds)'],
  'speech.who.noSample': ['Van {0} is geen stukje om te laten horen.', 'There is no part of {0} to play.'],
  'speech.who.role': ['Wie is {0}?', 'Who is {0}?'],
  'speech.who.choose': ['— kies —', '— choose —'],
  'speech.who.name': ['Naam van {0}', 'Name of {0}'],
  'speech.who.done': ['Klaar', 'Done'],
  'speech.who.begeleider': ['Begeleider', 'Guide'],
  'speech.who.student': ['Student', 'Student'],
  'speech.word.seek': ['Afspelen vanaf dit woord', 'Play from this word'],
} as const satisfies Record<string, readonly [string, string]>;
