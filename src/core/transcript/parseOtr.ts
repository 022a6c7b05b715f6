import { checkInput, estimateDuration, fail, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseResult } from './parseResult';
import { parseJsonText } from './jsonText';
import { speakerPrefixes } from './speakerPrefixes';
import { decodeHtmlEntities, stripBom } from './textTools';

/**
 * oTranscribe `.otr`: JSON whose `text` is HTML with `<span class="timestamp" data-timestamp="12.3">`
 * markers. The text after a marker, up to the next one, is one segment (its end is the next marker;
 * the last one's end is estimated from its words). A `Naam:` prefix gives the speaker.
 */
export function parseOtr(input: string): ParseResult {
  const bad = checkInput(input);
  if (bad) return bad;
  const parsed = parseJsonText(stripBom(input));
  if ('error' in parsed) return parsed.error;
  const doc = parsed.value;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || typeof (doc as { text?: unknown }).text !== 'string') {
    return fail(1, 'Geen oTranscribe-bestand: het veld "text" ontbreekt.', 'Not an oTranscribe file: the "text" field is missing.');
  }
  const warnings = new Warnings();
  const pieces = splitAtMarkers((doc as { text: string }).text);
  const segments: ParsedSegment[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const text = tidyLines(p.text);
    if (text === '') continue;
    let start = p.time;
    if (start === null) {
      if (k === 0) {
        warnings.add(1, 'Tekst voor de eerste tijdmarkering is op 0:00 gezet.', 'Text before the first timestamp was placed at 0:00.');
        start = 0;
      } else {
        warnings.add(1, 'Tijdmarkering zonder geldige tijd; de tekst is bij het vorige segment gevoegd.', 'Timestamp without a valid time; its text was added to the previous segment.');
        const prev = segments[segments.length - 1];
        if (prev) {
          prev.text += '\n' + text;
          continue;
        }
        start = 0;
      }
    }
    if (segments.length >= MAX_SEGMENTS) return tooManySegments(1);
    segments.push({ start, end: start, speaker: null, text });
  }
  const named = speakerPrefixes(
    segments.map((s) => s.text),
    false,
  );
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    s.speaker = named[k]!.speaker;
    s.text = named[k]!.text;
    const next = segments[k + 1];
    s.end = next && next.start >= s.start ? next.start : s.start + estimateDuration(s.text);
    if (next && next.start < s.start) warnings.add(1, `Tijdmarkering ${next.start}s ligt voor de vorige.`, `Timestamp ${next.start}s comes before the previous one.`);
  }
  return ok(segments, warnings);
}

/** Walks the HTML once: markers cut the text; tags are dropped; block ends become line breaks. */
function splitAtMarkers(html: string): { time: number | null; text: string }[] {
  const out: { time: number | null; text: string }[] = [{ time: null, text: '' }];
  let pos = 0;
  let skipDepth = 0; // inside a marker span: its visible "0:12" label is not speech
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const chunk = html.slice(pos, lt < 0 ? html.length : lt);
    if (skipDepth === 0 && chunk) out[out.length - 1]!.text += decodeHtmlEntities(chunk);
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out[out.length - 1]!.text += decodeHtmlEntities(html.slice(lt));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    pos = gt + 1;
    const name = (/^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1] ?? '').toLowerCase();
    const closing = tag.startsWith('/');
    if (name === 'span') {
      if (closing) {
        if (skipDepth > 0) skipDepth--;
      } else if (skipDepth > 0) skipDepth++;
      else if (/class\s*=\s*["'][^"']*\btimestamp\b/.test(tag)) {
        const m = /data-timestamp\s*=\s*["']\s*([0-9]{1,9}(?:\.[0-9]{1,9})?)\s*["']/.exec(tag);
        out.push({ time: m ? Number(m[1]) : null, text: '' });
        if (!tag.endsWith('/')) skipDepth = 1;
      }
    } else if (skipDepth === 0 && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) {
      out[out.length - 1]!.text += '\n';
    }
  }
  return out;
}

/** Trims every line, drops empty ones and folds runs of spaces: linear, unlike a clever regex. */
function tidyLines(s: string): string {
  const out: string[] = [];
  for (const l of s.split('\n')) {
    const t = l.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t !== '') out.push(t);
  }
  return out.join('\n');
}
