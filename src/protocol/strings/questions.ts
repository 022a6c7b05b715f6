/** UI text of the questions panel, as [Dutch, English] pairs. */
export const QUESTIONS_STRINGS = {} as const satisfies Record<string, readonly [string, string]>;
