/**
 * Making Klein Kijken the editor for recordings, on the user's request (setting
 * `kleinKijken.opnames.openMetKleinKijken`). Written into VS Code's own `workbench.editorAssociations`
 * rather than by making the recording editor "default" in the manifest: a manifest default would
 * take every video from every VS Code user with no way to say no, while an association is the
 * user's own, visible in Settings, and undone by switching the setting off. Pure.
 */
export type Associations = Readonly<Record<string, string>>;

/**
 * The associations with ours added (`on`) or removed. A pattern the user already gave to another
 * editor is left alone; switching off removes only what points at `viewType`.
 */
export function withRecordingAssociations(current: Associations | undefined, extensions: readonly string[], viewType: string, on: boolean): Record<string, string> {
  const out: Record<string, string> = { ...(current ?? {}) };
  for (const ext of extensions) {
    const pattern = `*.${ext}`;
    if (on && out[pattern] === undefined) out[pattern] = viewType;
    if (!on && out[pattern] === viewType) delete out[pattern];
  }
  return out;
}
