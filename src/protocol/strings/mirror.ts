/** UI text of the mirror panel, as [Dutch, English] pairs. */
export const MIRROR_STRINGS = {} as const satisfies Record<string, readonly [string, string]>;
