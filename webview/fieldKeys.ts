/**
 * Which keys pressed in a field (a text field, a select, a form) stay there, and which go on to
 * VS Code. The webview forwards every key that reaches its document to VS Code's keybindings,
 * and the player's keys are plain letters (k, t, 1…). Those keys are switched off while a field
 * has focus only once the host has heard about that focus (the `kleinKijken.typing` context), so
 * a coach who clicks in a field and types at once would start playback with the "k" of "ik".
 * Typing therefore stays in the field; keys a field does not type with go on, so Ctrl/Cmd+S
 * saves, Ctrl/Cmd+Z undoes in the whole editor, F1 opens the command palette and Escape does
 * what it does in VS Code.
 */

/** True for a key that goes on to VS Code: with Ctrl, Cmd or Alt, an F-key, or Escape. */
export function isWorkbenchKey(e: KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey || e.altKey || /^F\d{1,2}$/.test(e.key) || e.key === 'Escape';
}

/**
 * Call from a field's keydown handler for a key the field has not used itself: typing is kept in
 * the field (it never reaches the player keys), the rest goes on to VS Code.
 */
export function keepTypingInField(e: KeyboardEvent): void {
  if (!isWorkbenchKey(e)) e.stopPropagation();
}
