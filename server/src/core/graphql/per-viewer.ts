import { Extensions } from 'type-graphql';

/** The field extension set by `@PerViewer()`. */
export const PER_VIEWER = 'perViewer';

/**
 * Marks a field whose value depends on who exactly the viewer is (their
 * user or token), not only on their role, read-only flag and organisation.
 * A subscription event is executed once for all subscribers who differ in
 * nothing else (SharedExecution); a selection with such a field is
 * executed per user instead. Every field resolver that reads
 * `ctx.viewer.user` or `ctx.viewer.tokenId` needs it.
 */
export function PerViewer(): ReturnType<typeof Extensions> {
  return Extensions({ [PER_VIEWER]: true });
}
