/** The transcript module's public face: parsers, conversion to the session, edits, exports, search. */
export * from './parseResult';
export { detectFormat, parseTranscript } from './detectFormat';
export { decodeTranscript, parseTranscriptFile, type DecodedTranscript, type TranscriptFileResult } from './parseTranscriptFile';
export { parseVtt } from './parseVtt';
export { parseSrt } from './parseSrt';
export { eafTranscript, parseEaf, parseEafTiers, transcriptTierCandidates, type EafTier, type EafTierChoice, type EafTiersResult } from './parseEaf';
export { parseOtr } from './parseOtr';
export { parseWhisperJson } from './parseWhisperJson';
export { parsePlainText } from './parsePlainText';
export { readXml, type XmlHandler, type XmlProblem } from './xmlReader';
export { toSessionTranscript, guessRole, type SessionTranscript } from './toSessionTranscript';
export {
  splitSegmentEdit,
  mergeSegmentsEdit,
  insertSegmentEdit,
  setSpeakerEdit,
  retimeEdit,
  importTranscriptEdit,
  saveSegmentEdit,
  splitPoint,
  splitAtEdit,
  deleteSegmentEdit,
  insertAtEdit,
  type NewSegment,
  type SegmentDraft,
} from './segmentEdits';
export { toWebVtt, toSrt, toPlainText } from './exportTranscript';
export { buildSearchIndex, search, type SearchIndex, type SearchHit } from './searchIndex';
export { dutchStem } from './dutchStem';
