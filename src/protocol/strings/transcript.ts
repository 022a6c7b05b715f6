import type { TextEncodingName } from '../../core/text/decodeText';

/** UI text of the transcript panel, as [Dutch, English] pairs. */
export const TRANSCRIPT_STRINGS = {
  'transcript.listLabel': ['Transcript van het gesprek', 'Transcript of the conversation'],
  'transcript.toolbar': ['Transcript', 'Transcript'],
  'transcript.noSpeaker': ['Onbekende spreker', 'Unknown speaker'],
  'transcript.role.begeleider': ['begeleider', 'guide'],
  'transcript.role.student': ['student', 'student'],
  'transcript.role.anders': ['anders', 'other'],
  'transcript.seek': ['Afspelen vanaf {0}', 'Play from {0}'],
  'transcript.detailMarker': ['Er hoort een detail bij dit stukje — toon het', 'A detail belongs to this part — show it'],
  'transcript.detailMarkerMore': ['Er horen details bij dit stukje (nog {0} meer) — toon ze', 'Details belong to this part ({0} more) — show them'],
  'transcript.emptyText': ['(nog geen tekst)', '(no text yet)'],
  'transcript.emotionWord': ['Signaalwoord: een moment om bij stil te staan', 'Signal word: a moment worth a closer look'],
  'transcript.requestFailed': ['Dat lukte niet: {0}', 'That did not work: {0}'],

  'transcript.empty.title': ['Bij deze opname is nog geen transcript.', 'This recording has no transcript yet.'],
  'transcript.empty.explain': [
    'Heb je ondertitels of een uitgeschreven tekst (WebVTT, SRT, tekst)? Haal die dan binnen. Of schrijf het gesprek zelf uit terwijl het afspeelt: typ mee, druk op Enter na elke zin.',
    'Do you have subtitles or a written-out text (WebVTT, SRT, plain text)? Bring it in. Or write the conversation out yourself while it plays: type along and press Enter after each sentence.',
  ],
  'transcript.empty.import': ['Transcript importeren…', 'Import transcript…'],
  'transcript.empty.typeAlong': ['Zelf uitschrijven (meetypen)', 'Write it out yourself (type along)'],

  'transcript.follow': ['Volgen: houd het stukje dat nu speelt in beeld', 'Follow: keep the part that is playing in view'],
  'transcript.follow.short': ['Volgen', 'Follow'],
  'transcript.signals': ['Emotie- en signaalwoorden van de student tonen of verbergen (oefen eerst zelf: zoek ze, en kijk dan)', "Show or hide the student's emotion and signal words (practise first: find them yourselves, then look)"],
  'transcript.signals.short': ['Signaalwoorden', 'Signal words'],
  'transcript.signals.legend': ['Gemarkeerd: emotie- en signaalwoorden van de student, ook de vergrotende en overtreffende trap. Een signaal om door te vragen, geen oordeel.', "Marked: the student's emotion and signal words, including comparatives and superlatives. A signal to ask further, not a judgement."],
  'transcript.signals.hidden': ['Signaalwoorden zijn verborgen. Zoek ze eerst samen; toon ze daarna met de knop Signaalwoorden.', 'Signal words are hidden. Look for them together first; then show them with the Signal words button.'],
  'transcript.degree.vergrotend': ['Vergrotende trap: de student vergelijkt', 'Comparative: the student is comparing'],
  'transcript.degree.overtreffend': ['Overtreffende trap: de student vergelijkt', 'Superlative: the student is comparing'],
  'transcript.typeAlong': ['Meetypen: schrijf het gesprek uit terwijl het speelt', 'Type along: write the conversation out while it plays'],
  'transcript.typeAlong.short': ['Meetypen', 'Type along'],
  'transcript.speakers': ['Sprekers: namen, rollen en kleuren', 'Speakers: names, roles and colours'],
  'transcript.speakers.short': ['Sprekers', 'Speakers'],
  'transcript.import': ['Transcript importeren (vervangt het huidige)', 'Import a transcript (replaces the current one)'],
  'transcript.import.short': ['Importeren', 'Import'],
  'transcript.export': ['Transcript exporteren als tekstbestand', 'Export the transcript as a text file'],
  'transcript.export.short': ['Exporteren', 'Export'],
  'transcript.export.vtt': ['Ondertitels (WebVTT)', 'Subtitles (WebVTT)'],
  'transcript.export.srt': ['Ondertitels (SRT)', 'Subtitles (SRT)'],
  'transcript.export.txt': ['Platte tekst', 'Plain text'],

  'transcript.seg.toolbar': ['Gekozen stukje', 'Chosen part'],
  'transcript.seg.edit': ['Bewerken: tekst, spreker of tijden aanpassen (Enter)', 'Edit: change text, speaker or times (Enter)'],
  'transcript.seg.edit.short': ['Bewerken', 'Edit'],
  'transcript.seg.split': ['In tweeën splitsen, bij de cursor of de afspeelpositie', 'Split in two, at the cursor or the playback position'],
  'transcript.seg.split.short': ['Splitsen', 'Split'],
  'transcript.seg.merge': ['Samenvoegen met het volgende stukje', 'Join with the next part'],
  'transcript.seg.merge.short': ['Samenvoegen', 'Join'],
  'transcript.seg.insert': ['Nieuw stukje op de afspeelpositie', 'New part at the playback position'],
  'transcript.seg.insert.short': ['Nieuw', 'New'],
  'transcript.seg.remove': ['Stukje verwijderen', 'Remove part'],
  'transcript.seg.remove.short': ['Verwijderen', 'Remove'],
  'transcript.seg.noNext': ['Er komt geen stukje meer na dit stukje.', 'No part comes after this one.'],
  'transcript.seg.removed': ['Stukje verwijderd. Terugzetten kan met Ctrl+Z.', 'Part removed. Bring it back with Ctrl+Z.'],

  'transcript.edit.text': ['Tekst van dit stukje', 'Text of this part'],
  'transcript.edit.speaker': ['Spreker', 'Speaker'],
  'transcript.edit.start': ['Begin', 'Start'],
  'transcript.edit.end': ['Einde', 'End'],
  'transcript.edit.timeHint': ['Minuten:seconden, bijvoorbeeld 3:07.5', 'Minutes:seconds, for example 3:07.5'],
  'transcript.edit.save': ['Bewaren', 'Save'],
  'transcript.edit.cancel': ['Annuleren', 'Cancel'],
  'transcript.edit.splitHere': ['Splitsen bij de cursor', 'Split at the cursor'],
  'transcript.edit.keys': ['Enter bewaart · Shift+Enter nieuwe regel · Esc annuleert', 'Enter saves · Shift+Enter new line · Esc cancels'],
  'transcript.edit.badTime': ['Schrijf de tijd als minuten:seconden, bijvoorbeeld 3:07.5', 'Write the time as minutes:seconds, for example 3:07.5'],
  'transcript.edit.endBeforeStart': ['Het einde ligt vóór het begin.', 'The end lies before the start.'],

  'transcript.search.label': ['Zoeken in het transcript', 'Search the transcript'],
  'transcript.search.placeholder': ['Zoeken… (Enter: volgende)', 'Search… (Enter: next)'],
  'transcript.search.prev': ['Vorige treffer (Shift+Enter)', 'Previous hit (Shift+Enter)'],
  'transcript.search.next': ['Volgende treffer (Enter of F3)', 'Next hit (Enter or F3)'],
  'transcript.search.filter': ['Alleen stukjes met treffers tonen', 'Show only parts with hits'],
  'transcript.search.none': ['Niet gevonden', 'Not found'],
  'transcript.search.count': ['{0} {0|stukje|stukjes} ({1} {1|treffer|treffers})', '{0} {0|part|parts} ({1} {1|hit|hits})'],
  'transcript.search.at': ['{0} van {1} {1|stukje|stukjes} ({2} {2|treffer|treffers})', '{0} of {1} {1|part|parts} ({2} {2|hit|hits})'],

  'transcript.speakers.title': ['Sprekers', 'Speakers'],
  'transcript.speakers.explain': [
    'Geef elke stem een naam en een rol. De rol telt mee in de gespreksspiegel (wie praat hoeveel).',
    'Give each voice a name and a role. The role counts in the conversation mirror (who talks how much).',
  ],
  'transcript.speakers.none': ['Nog geen sprekers.', 'No speakers yet.'],
  'transcript.speakers.add': ['Spreker toevoegen', 'Add speaker'],
  'transcript.speakers.newName': ['Spreker {0}', 'Speaker {0}'],
  'transcript.speakers.name': ['Naam', 'Name'],
  'transcript.speakers.role': ['Rol', 'Role'],
  'transcript.speakers.colour': ['Kleur', 'Colour'],

  'transcript.typeAlong.label': ['Typ hier wat je hoort', 'Type what you hear here'],
  'transcript.typeAlong.speaker': ['Wie praat', 'Who is talking'],
  'transcript.typeAlong.noSpeakers': ['Alt+1 begeleider, Alt+2 student', 'Alt+1 guide, Alt+2 student'],
  'transcript.typeAlong.begeleider': ['Begeleider', 'Guide'],
  'transcript.typeAlong.student': ['Student', 'Student'],
  'transcript.typeAlong.other': ['Anders', 'Other'],
  'transcript.typeAlong.hint': [
    'Esc of Ctrl+Spatie: pauze (en {0} s terug) of verder · Enter: zin vastleggen · Shift+Enter: nieuwe regel · Alt+1/2/3: wie praat',
    'Esc or Ctrl+Space: pause (and back {0} s) or play on · Enter: keep the sentence · Shift+Enter: new line · Alt+1/2/3: who is talking',
  ],

  'transcript.question.label': ['Goede vraag', 'Good question'],
  'transcript.question.add': ['Goede vraag', 'Good question'],
  'transcript.question.added': ['Op de lijst gezet.', 'Added to the list.'],
  'transcript.question.kind': ['Soort vraag:', 'Kind of question:'],
  'transcript.question.verbredend': ['verbredend', 'broadening'],
  'transcript.question.verdiepend': ['verdiepend', 'deepening'],
  'transcript.question.anders': ['anders', 'other'],
  'transcript.question.close': ['Sluiten', 'Close'],

  // The one line an import adds when the file was not UTF-8 (core/text/decodeText.ts decides).
  'transcript.encoding.utf-16le': [
    'Gelezen als UTF-16 (little-endian): wat Kladblok en Word "Unicode" noemen.',
    'Read as UTF-16 (little-endian): what Notepad and Word call "Unicode".',
  ],
  'transcript.encoding.utf-16be': [
    'Gelezen als UTF-16 (big-endian): "Unicode big-endian" in Kladblok.',
    'Read as UTF-16 (big-endian): "Unicode big endian" in Notepad.',
  ],
  'transcript.encoding.windows-1252': [
    'Gelezen als Windows-1252 (West-Europees, van oudere Windows-programma\'s), want het is geen geldige UTF-8. Staan er vreemde tekens waar é of ë hoort? Sla het bestand dan op als UTF-8 en importeer het opnieuw.',
    'Read as Windows-1252 (Western European, from older Windows programs), because it is not valid UTF-8. Odd characters where é or ë belongs? Save the file as UTF-8 and import it again.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** The line an import shows about the encoding it read, as [Dutch, English]; none for UTF-8. */
export function encodingNote(encoding: TextEncodingName): readonly [string, string] | null {
  return encoding === 'utf-8' ? null : TRANSCRIPT_STRINGS[`transcript.encoding.${encoding}`];
}

