import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { IdeaComment } from './idea-comment.entity';
import { ideaNotFound } from './idea-errors';
import type { IdeaEventBus } from './idea-events';
import { IdeaEventKind } from './idea.enums';
import { Idea } from './idea.entity';
import { lockIdea } from './idea-lock';
import { addEngagement, ENGAGEMENT_WEIGHT, trendOf } from './idea-trend';
import { IdeaVote } from './idea-vote.entity';

function person(viewer: Viewer): number {
  if (!viewer.user) throw forbidden('Ideas are voted on and discussed by people, not tokens.');
  return viewer.user.id;
}

/**
 * Votes and comments: each one transaction that locks the idea, changes
 * its counters and trend (idea-trend.ts) with the engagement, then
 * publishes the event after commit. One vote per user: the primary key of
 * idea_vote guarantees it, and voting again changes nothing.
 */
export class IdeaEngagementService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly events: IdeaEventBus,
  ) {}

  /** Votes for the idea; a second vote by the same user changes nothing. */
  async vote(viewer: Viewer, ideaId: number): Promise<Idea> {
    const userId = person(viewer);
    const now = this.clock.now();
    const { idea, changed } = await this.db.transaction(async (manager) => {
      const locked = await lockIdea(manager, ideaId);
      if (!locked) throw ideaNotFound(ideaId);
      if (await manager.existsBy(IdeaVote, { ideaId, userId }))
        return { idea: locked, changed: false };
      await manager.insert(IdeaVote, { ideaId, userId, createdAt: now });
      await manager.update(Idea, ideaId, {
        voteCount: locked.voteCount + 1,
        trend: addEngagement(locked.trend, ENGAGEMENT_WEIGHT.vote, now),
        lastActivityAt: now,
      });
      return { idea: await manager.findOneByOrFail(Idea, { id: ideaId }), changed: true };
    });
    if (changed) this.publish(idea.id, IdeaEventKind.VOTED, userId, now);
    return idea;
  }

  /** Withdraws the viewer's vote; without one nothing changes. */
  async unvote(viewer: Viewer, ideaId: number): Promise<Idea> {
    const userId = person(viewer);
    const now = this.clock.now();
    const { idea, changed } = await this.db.transaction(async (manager) => {
      const locked = await lockIdea(manager, ideaId);
      if (!locked) throw ideaNotFound(ideaId);
      const removed = await manager.delete(IdeaVote, { ideaId, userId });
      if (!removed.affected) return { idea: locked, changed: false };
      // A removal cannot be log-subtracted exactly: recompute from the history.
      const votes = await manager.find(IdeaVote, {
        where: { ideaId },
        select: { createdAt: true },
      });
      const comments = await manager.find(IdeaComment, {
        where: { ideaId },
        select: { createdAt: true },
      });
      const trend = trendOf([
        { weight: ENGAGEMENT_WEIGHT.post, at: new Date(locked.createdAt) },
        ...votes.map((vote) => ({ weight: ENGAGEMENT_WEIGHT.vote, at: new Date(vote.createdAt) })),
        ...comments.map((c) => ({ weight: ENGAGEMENT_WEIGHT.comment, at: new Date(c.createdAt) })),
      ]);
      await manager.update(Idea, ideaId, { voteCount: votes.length, trend });
      return { idea: await manager.findOneByOrFail(Idea, { id: ideaId }), changed: true };
    });
    if (changed) this.publish(idea.id, IdeaEventKind.UNVOTED, userId, now);
    return idea;
  }

  /** Adds a comment. */
  async comment(viewer: Viewer, ideaId: number, body: string): Promise<IdeaComment> {
    const userId = person(viewer);
    if (!body.trim()) throw badInput('body', 'The comment is empty.');
    const now = this.clock.now();
    const comment = await this.db.transaction(async (manager) => {
      const locked = await lockIdea(manager, ideaId);
      if (!locked) throw ideaNotFound(ideaId);
      const saved = await manager.save(
        manager.create(IdeaComment, {
          ideaId,
          authorId: userId,
          body: body.trim(),
          createdAt: now,
        }),
      );
      await manager.update(Idea, ideaId, {
        commentCount: locked.commentCount + 1,
        trend: addEngagement(locked.trend, ENGAGEMENT_WEIGHT.comment, now),
        lastActivityAt: now,
      });
      return saved;
    });
    this.publish(ideaId, IdeaEventKind.COMMENTED, userId, now, comment.id);
    return comment;
  }

  private publish(
    ideaId: number,
    kind: IdeaEventKind,
    actorId: number,
    at: Date,
    commentId?: number,
  ) {
    this.events.publish({ ideaId, kind, actorId, at, commentId: commentId ?? null });
  }
}
