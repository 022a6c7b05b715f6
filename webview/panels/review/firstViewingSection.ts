import type { ViewContext } from '../../viewContext';
import { createNoteBox } from './noteBox';
import { collapsible, touches, type Section } from './reviewKit';

/**
 * Eerste keer kijken outside a guided round: b and c note what they see and hear, each note at
 * the moment in the recording, to tell a afterwards. (During a round the same field shows under
 * the timer of that step.)
 */
export function createFirstViewingSection(ctx: ViewContext): Section {
  const sec = collapsible('firstview', ctx.t('review.firstView.title'), false, (open) => {
    if (open) box.render();
  });
  const box = createNoteBox(ctx, 'observation');
  sec.body.append(box.element);
  return {
    element: sec.element,
    update(c) {
      if (touches(c, 'notes', 'participants')) box.render();
    },
  };
}
