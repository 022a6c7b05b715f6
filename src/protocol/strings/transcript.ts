/** UI text of the transcript panel, as [Dutch, English] pairs. */
export const TRANSCRIPT_STRINGS = {} as const satisfies Record<string, readonly [string, string]>;
