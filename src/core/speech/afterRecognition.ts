import type { LocalText } from '../session/model';

/**
 * What "Transcript maken" does once the engine stops. The rule that matters: recognised text is
 * never dropped without asking. A cancel or a crash with a part done asks keep-or-discard; only
 * when nothing was recognised is there nothing to offer.
 */
export type AfterRecognition =
  | { kind: 'import' }
  | { kind: 'askPartial'; count: number; why: LocalText }
  | { kind: 'nothing'; message: LocalText };

const CANCELLED: LocalText = { nl: 'je hebt geannuleerd.', en: 'you cancelled.' };

export function afterRecognition(r: { segments: readonly unknown[]; complete: boolean; problem: LocalText | null }): AfterRecognition {
  const stoppedEarly = !r.complete || r.problem !== null;
  if (stoppedEarly) {
    const why = r.problem ?? CANCELLED;
    if (r.segments.length) return { kind: 'askPartial', count: r.segments.length, why };
    return { kind: 'nothing', message: { nl: `Geen transcript: ${why.nl}`, en: `No transcript: ${why.en}` } };
  }
  if (!r.segments.length) return { kind: 'nothing', message: { nl: 'In deze opname is geen spraak gevonden.', en: 'No speech was found in this recording.' } };
  return { kind: 'import' };
}
