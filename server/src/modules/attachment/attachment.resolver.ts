import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context';
import { Comment } from '../ticket/comment.entity';
import { Ticket } from '../ticket/ticket.entity';
import { User } from '../user/user.entity';
import { Attachment } from './attachment.entity';
import { IMAGE_TYPES } from './content-type';

/** Links and people of an attachment. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to download it (same origin, same login).' })
  url(@Root() attachment: Attachment): string {
    return `/attachments/${attachment.id}`;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Inline image for a thumbnail; null for files that are not images.',
  })
  thumbnailUrl(@Root() attachment: Attachment): string | null {
    return IMAGE_TYPES.includes(attachment.contentType)
      ? `/attachments/${attachment.id}/thumbnail`
      : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The comment it belongs to; null for a file of the ticket itself.',
  })
  commentId(@Root() attachment: Attachment): string | null {
    return attachment.commentId === null ? null : String(attachment.commentId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded it.' })
  uploadedBy(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.user.load(attachment.uploaderId);
  }
}

/** Files of a ticket. */
@Resolver(() => Ticket)
export class TicketAttachmentsResolver {
  @FieldResolver(() => [Attachment], {
    description:
      "Every file of the ticket and its comments, oldest first; internal notes' only for agents.",
  })
  attachments(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByTicket.load(ticket.id);
  }
}

/** Files of a comment. */
@Resolver(() => Comment)
export class CommentAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: 'Files attached to this message.' })
  attachments(@Root() comment: Comment, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByComment.load(comment.id);
  }
}
