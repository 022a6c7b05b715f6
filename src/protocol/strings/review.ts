/** UI text of the review panel, as [Dutch, English] pairs. */
export const REVIEW_STRINGS = {} as const satisfies Record<string, readonly [string, string]>;
