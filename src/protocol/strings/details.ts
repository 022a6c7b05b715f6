/** UI text of the details panel, as [Dutch, English] pairs. */
export const DETAILS_STRINGS = {} as const satisfies Record<string, readonly [string, string]>;
