import {
  HistoryKind,
  missingIntakeField,
  TicketEventKind,
  TicketState,
  TicketType,
  formatTicketNumber,
} from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import { nextCounterValue } from '../../core/database/counters';
import type { Database } from '../../core/database/database';
import type { EventRelay } from '../../core/events/event-relay';
import { appendEvent } from '../../core/events/outbox';
import { badInput, forbidden } from '../../core/errors/domain-error';
import { HistoryEntry } from './history-entry.entity';
import type { CreateTicketInput } from './ticket.inputs';
import { Ticket } from './ticket.entity';
import type { Viewer } from '../auth/viewer';
import { AttachmentLinker } from '../attachment/attachment-linker';
import type { SearchIndex } from '../search/search-index';
import { NO_CLOCK_RANK, type ServiceLevelService } from '../service-level/service-level.service';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function documentIds(ids: string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean))];
}

/** Opens tickets: checks the intake rules of the request type and numbers the ticket. */
export class TicketIntakeService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly relay: EventRelay,
    private readonly serviceLevels: ServiceLevelService,
    private readonly attachments = new AttachmentLinker(),
    /** Indexes the ticket for search in the same transaction; none in tools that skip search. */
    private readonly search: SearchIndex | null = null,
  ) {}

  /** Opens a ticket for the customer's organisation; one transaction. */
  async create(viewer: Viewer, input: CreateTicketInput): Promise<Ticket> {
    const requester = viewer.user;
    if (!requester || requester.organisationId === null) {
      throw forbidden('Tickets are opened by customer users.');
    }
    const title = text(input.title);
    if (!title || title.length < 3)
      throw badInput('title', 'The title needs at least 3 characters.');
    const values = {
      description: text(input.description),
      reproductionSteps: text(input.reproductionSteps),
      businessImpact: text(input.businessImpact),
      permissionGranted: input.permissionGranted ?? false,
    };
    const missing = missingIntakeField(input.type, values);
    if (missing) throw badInput(missing, `${missing} is required for this request type.`);
    const start = input.executionWindowStart ?? null;
    const end = input.executionWindowEnd ?? null;
    if (start && end && end <= start) {
      throw badInput('executionWindowEnd', 'The window must end after it starts.');
    }

    const now = this.clock.now();
    const organisationId = requester.organisationId;
    const ticket = await this.db.transaction(async (manager) => {
      const number = formatTicketNumber(Number(await nextCounterValue(manager, 'ticket_number')));
      const saved = await manager.save(
        manager.create(Ticket, {
          number,
          organisationId,
          requesterId: requester.id,
          assigneeId: null,
          type: input.type,
          severity: input.severity,
          title,
          description: values.description ?? '',
          instanceEnvironment: input.instanceEnvironment ?? null,
          instanceUrl: text(input.instanceUrl),
          affectedUserLogin: text(input.affectedUserLogin),
          documentIds: documentIds(input.documentIds),
          businessImpact: values.businessImpact,
          reproductionSteps: values.reproductionSteps,
          permissionGranted: input.type === TicketType.SERVICE_REQUEST && values.permissionGranted,
          executionWindowStart: start,
          executionWindowEnd: end,
          state: TicketState.NEW,
          resolution: null,
          reopenCount: 0,
          version: 1,
          createdAt: now,
          updatedAt: now,
          queueRank: NO_CLOCK_RANK,
        }),
      );
      await manager.insert(HistoryEntry, {
        ticketId: saved.id,
        actorId: requester.id,
        at: now,
        kind: HistoryKind.CREATED,
        fromValue: null,
        toValue: TicketState.NEW,
        action: null,
      });
      await this.attachments.link(manager, {
        uploaderId: requester.id,
        ids: input.attachmentIds,
        ticketId: saved.id,
        commentId: null,
        internal: false,
        now,
      });
      await this.serviceLevels.refresh(manager, saved.id, now);
      await this.search?.indexTicket(manager, saved.id);
      await appendEvent(manager, {
        ticketId: saved.id,
        organisationId,
        kind: TicketEventKind.CREATED,
        actorId: requester.id,
        at: now,
      });
      return manager.findOneByOrFail(Ticket, { id: saved.id });
    });
    void this.relay.kick();
    this.serviceLevels.changed();
    return ticket;
  }
}
