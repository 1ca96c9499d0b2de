import type { EntityManager } from 'typeorm';
import {
  AGENT_ROLES,
  ASSIGN_ROLES,
  canChangeSeverity,
  canComment,
  canSetPlannedAvailability,
  ErrorCode,
  findTransition,
  HistoryKind,
  Role,
  TicketAction,
  TicketEventKind,
} from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import type { EventRelay } from '../../core/events/event-relay';
import {
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
} from '../../core/errors/domain-error';
import { actorId, isAgent, type Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import type { Comment } from './comment.entity';
import { applyChange, type ChangeSet } from './ticket-change';
import type {
  AddCommentInput,
  AssignTicketInput,
  ChangeSeverityInput,
  SetPlannedAvailabilityInput,
  TransitionTicketInput,
} from './ticket.inputs';
import type { Ticket } from './ticket.entity';
import { TicketQueries } from './ticket-queries';
import { ServiceLevelService } from '../service-level/service-level.service';
import { AttachmentLinker } from '../attachment/attachment-linker';

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Changes to existing tickets: lifecycle moves, replies, assignment and
 * planned availability. Each call is one transaction that checks the shared
 * transition table, states the version it read, records history and
 * appends the events that subscribers receive after commit.
 */
export class TicketLifecycleService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly relay: EventRelay,
    private readonly serviceLevels: ServiceLevelService,
    private readonly attachments = new AttachmentLinker(),
  ) {}

  /** Moves a ticket along the lifecycle, if the table allows it for the viewer. */
  async transition(viewer: Viewer, input: TransitionTicketInput): Promise<Ticket> {
    const comment = blankToNull(input.comment);
    return this.change(viewer, input.number, input.expectedVersion, (ticket) => {
      const move = findTransition(ticket.state, viewer.role, input.action);
      if (!move) {
        throw new DomainError(
          ErrorCode.INVALID_TRANSITION,
          `${input.action} is not possible on a ticket in state ${ticket.state}.`,
        );
      }
      if (move.commentRequired && !comment) {
        throw badInput('comment', `${input.action} needs a comment.`);
      }
      return {
        patch: {
          state: move.to,
          resolution: move.resolution ?? null,
          ...(move.reopens ? { reopenCount: ticket.reopenCount + 1 } : {}),
        },
        history: [
          { kind: HistoryKind.STATE_CHANGED, from: ticket.state, to: move.to, action: move.action },
        ],
        comment: comment ? { body: comment, internal: false } : undefined,
        events: [{ kind: TicketEventKind.STATE_CHANGED }],
      };
    }).then((result) => result.ticket);
  }

  /**
   * Adds a reply or an internal note. A customer's reply to a ticket waiting
   * on them brings it back to investigation (PROVIDE_INFO of the table).
   */
  async addComment(viewer: Viewer, input: AddCommentInput): Promise<Comment> {
    const body = blankToNull(input.body);
    if (!body) throw badInput('body', 'The message is empty.');
    if (input.internal && !isAgent(viewer)) {
      throw forbidden('Only agents write internal notes.');
    }
    const result = await this.change(viewer, input.number, null, (ticket) => {
      if (!canComment(ticket.state, viewer.role)) {
        throw forbidden('This ticket is closed; open a new one instead.');
      }
      const change: ChangeSet = {
        comment: { body, internal: input.internal },
        events: [{ kind: TicketEventKind.COMMENT_ADDED, internal: input.internal }],
        withComment: (manager, comment, now) =>
          this.attachments.link(manager, {
            uploaderId: actorId(viewer),
            ids: input.attachmentIds,
            ticketId: ticket.id,
            commentId: comment.id,
            internal: input.internal,
            now,
          }),
      };
      const reply = input.internal
        ? undefined
        : findTransition(ticket.state, viewer.role, TicketAction.PROVIDE_INFO);
      if (reply) {
        change.patch = { state: reply.to };
        change.history = [
          {
            kind: HistoryKind.STATE_CHANGED,
            from: ticket.state,
            to: reply.to,
            action: reply.action,
          },
        ];
        change.events.push({ kind: TicketEventKind.STATE_CHANGED });
      }
      return change;
    });
    return result.comment as Comment;
  }

  /** Assigns the ticket to an active agent, or unassigns it with null. */
  async assign(viewer: Viewer, input: AssignTicketInput): Promise<Ticket> {
    if (!ASSIGN_ROLES.includes(viewer.role)) throw forbidden('Only support assigns tickets.');
    const assigneeId = input.assigneeId ? Number(input.assigneeId) : null;
    return this.change(viewer, input.number, input.expectedVersion, async (ticket, manager) => {
      if (assigneeId !== null) {
        const assignee = await manager.findOneBy(User, { id: assigneeId });
        if (!assignee?.active || !AGENT_ROLES.includes(assignee.role)) {
          throw badInput('assigneeId', 'Tickets are assigned to active agents only.');
        }
      }
      return {
        patch: { assigneeId },
        history: [
          {
            kind: HistoryKind.ASSIGNEE_CHANGED,
            from: ticket.assigneeId === null ? null : String(ticket.assigneeId),
            to: assigneeId === null ? null : String(assigneeId),
          },
        ],
        events: [{ kind: TicketEventKind.ASSIGNED }],
      };
    }).then((result) => result.ticket);
  }

  /** Raises or lowers the severity; the service-level target follows it. */
  async changeSeverity(viewer: Viewer, input: ChangeSeverityInput): Promise<Ticket> {
    return this.change(viewer, input.number, input.expectedVersion, (ticket) => {
      if (!canChangeSeverity(ticket.state, viewer.role)) {
        throw forbidden('Only support changes the severity of an open ticket.');
      }
      if (ticket.severity === input.severity) {
        throw badInput('severity', `The ticket already has severity ${input.severity}.`);
      }
      return {
        patch: { severity: input.severity },
        history: [
          {
            kind: HistoryKind.SEVERITY_CHANGED,
            from: String(ticket.severity),
            to: String(input.severity),
          },
        ],
        events: [{ kind: TicketEventKind.SEVERITY_CHANGED }],
      };
    }).then((result) => result.ticket);
  }

  /** Sets (or, with every field empty, clears) the planned availability of the fix. */
  async setPlannedAvailability(
    viewer: Viewer,
    input: SetPlannedAvailabilityInput,
  ): Promise<Ticket> {
    const next = {
      release: blankToNull(input.release),
      date: input.date ?? null,
      reference: blankToNull(input.reference),
      note: blankToNull(input.note),
    };
    return this.change(viewer, input.number, input.expectedVersion, (ticket) => {
      if (!canSetPlannedAvailability(ticket.state, viewer.role)) {
        if (viewer.role === Role.CUSTOMER) throw forbidden();
        throw new DomainError(
          ErrorCode.INVALID_TRANSITION,
          `Planned availability cannot be set on a ticket in state ${ticket.state}.`,
        );
      }
      const previous = {
        release: ticket.plannedRelease,
        date: ticket.plannedDate,
        reference: ticket.plannedReference,
        note: ticket.plannedNote,
      };
      return {
        patch: {
          plannedRelease: next.release,
          plannedDate: next.date,
          plannedReference: next.reference,
          plannedNote: next.note,
          plannedUpdatedAt: this.clock.now(),
          plannedUpdatedById: actorId(viewer),
        },
        history: [
          {
            kind: HistoryKind.PLANNED_AVAILABILITY_CHANGED,
            from: JSON.stringify(previous),
            to: JSON.stringify(next),
          },
        ],
        events: [{ kind: TicketEventKind.PLANNED_AVAILABILITY_CHANGED }],
      };
    }).then((result) => result.ticket);
  }

  /**
   * One transaction around one change of one visible ticket: loads it (a
   * ticket the viewer may not see is NOT_FOUND), checks the version the
   * caller read, applies what `decide` returns, then lets the relay publish.
   */
  private async change(
    viewer: Viewer,
    number: string,
    expectedVersion: number | null,
    decide: (ticket: Ticket, manager: EntityManager) => ChangeSet | Promise<ChangeSet>,
  ): Promise<{ ticket: Ticket; comment: Comment | null }> {
    const queries = new TicketQueries(this.db, viewer);
    const result = await this.db.transaction(async (manager) => {
      const ticket = await queries.findByNumber(number, manager);
      if (!ticket) throw notFound(`No ticket ${number}.`);
      if (expectedVersion !== null && expectedVersion !== ticket.version) {
        throw conflict(ticket.version);
      }
      const change = await decide(ticket, manager);
      const now = this.clock.now();
      return applyChange(
        manager,
        ticket,
        { actorId: actorId(viewer), now },
        change,
        // What a lifecycle change may alter (state, severity, assignee, planned
        // availability) is not indexed for search: the index stays as it is.
        async (m, current, applied) => {
          if (ServiceLevelService.affectedBy(applied)) {
            await this.serviceLevels.refresh(m, current, now);
          }
        },
      );
    });
    void this.relay.kick();
    this.serviceLevels.changed();
    return result;
  }
}
