import type { LocalText } from '../session/model';
import { ROUND_STEPS, type RoundStep, type RoundStepId } from './guidedRounds';

/**
 * The kinds of round a trio can run: the 20-minute review of a's own recording, and the toolkit's
 * drill of 7 + 8 minutes (a interviews b for 7 minutes while c records; the trio reviews it for 8,
 * and b says which questions made them think — those go on the list). A trio's own durations
 * are saved per workspace by the host (`durations`), per template.
 */
export type RoundTemplateId = 'ronde20' | 'oefening7plus8';

export interface RoundTemplate {
  id: RoundTemplateId;
  name: LocalText;
  steps: readonly RoundStep[];
}

const DRILL_STEPS: readonly RoundStep[] = [
  {
    id: 'opnemen',
    title: { nl: 'Gesprek opnemen', en: 'Record the conversation' },
    instruction: {
      nl: 'a voert een loopbaangesprek met b; c neemt het op. Na zeven minuten stopt het gesprek.',
      en: 'a holds a career conversation with b; c records it. After seven minutes the conversation stops.',
    },
    durationSec: 420,
  },
  {
    id: 'terugkijken',
    title: { nl: 'Terugkijken', en: 'Review' },
    instruction: {
      nl: 'Kijk samen terug. b zegt welke vragen aan het denken zetten; die gaan op de lijst.',
      en: 'Review together. b says which questions made them think; those go on the list.',
    },
    durationSec: 480,
  },
];

export const ROUND_TEMPLATES: readonly RoundTemplate[] = [
  { id: 'ronde20', name: { nl: 'Ronde van 20 minuten', en: '20-minute round' }, steps: ROUND_STEPS },
  { id: 'oefening7plus8', name: { nl: 'Oefening 7 + 8 minuten', en: 'Drill 7 + 8 minutes' }, steps: DRILL_STEPS },
];

export function roundTemplate(id: string | undefined): RoundTemplate {
  return ROUND_TEMPLATES.find((x) => x.id === id) ?? ROUND_TEMPLATES[0]!;
}

/** Saved durations (seconds by step id) laid over a template's steps; bad values are ignored. */
export function withDurations(steps: readonly RoundStep[], saved: Partial<Record<RoundStepId, unknown>> | undefined): RoundStep[] {
  return steps.map((s) => {
    const v = saved?.[s.id];
    return typeof v === 'number' && Number.isFinite(v) && v >= 30 && v <= 7200 ? { ...s, durationSec: Math.round(v) } : { ...s };
  });
}

/** The durations of steps as the host stores them (seconds by step id). */
export function durationsOf(steps: readonly RoundStep[]): Partial<Record<RoundStepId, number>> {
  return Object.fromEntries(steps.map((s) => [s.id, s.durationSec]));
}
