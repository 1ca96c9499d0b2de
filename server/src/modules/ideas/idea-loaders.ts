import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { IdeaComment } from './idea-comment.entity';
import { Idea } from './idea.entity';
import { IdeaTicketLink } from './idea-ticket-link.entity';
import { IdeaVote } from './idea-vote.entity';

/** The idea each ticket is linked to, or null. */
export function createIdeaByTicketLoader(db: Database): DataLoader<number, Idea | null> {
  return new DataLoader(async (ticketIds) => {
    const links = await db.reader.findBy(IdeaTicketLink, { ticketId: In([...ticketIds]) });
    const ideas = links.length
      ? await db.reader.findBy(Idea, { id: In(links.map((link) => link.ideaId)) })
      : [];
    const ideaById = new Map(ideas.map((idea) => [idea.id, idea]));
    const byTicket = new Map(
      links.map((link) => [link.ticketId, ideaById.get(link.ideaId) ?? null]),
    );
    return ticketIds.map((id) => byTicket.get(id) ?? null);
  });
}

/** The ids of the tickets linked to each idea (visibility is applied by the caller). */
export function createTicketIdsByIdeaLoader(db: Database): DataLoader<number, number[]> {
  return new DataLoader(async (ideaIds) => {
    const links = await db.reader.findBy(IdeaTicketLink, { ideaId: In([...ideaIds]) });
    return ideaIds.map((id) =>
      links.filter((link) => link.ideaId === id).map((link) => link.ticketId),
    );
  });
}

/** The comments of each idea, oldest first. */
export function createCommentsByIdeaLoader(db: Database): DataLoader<number, IdeaComment[]> {
  return new DataLoader(async (ideaIds) => {
    const comments = await db.reader.find(IdeaComment, {
      where: { ideaId: In([...ideaIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ideaIds.map((id) => comments.filter((comment) => comment.ideaId === id));
  });
}

/** Whether the user voted for each idea; always false without a user. */
export function createViewerVotesLoader(
  db: Database,
  userId: number | null,
): DataLoader<number, boolean> {
  return new DataLoader(async (ideaIds) => {
    if (userId === null) return ideaIds.map(() => false);
    const votes = await db.reader.findBy(IdeaVote, { ideaId: In([...ideaIds]), userId });
    const voted = new Set(votes.map((vote) => vote.ideaId));
    return ideaIds.map((id) => voted.has(id));
  });
}
