import { Role, TicketState } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { TicketQueries } from '../ticket/ticket-queries';
import type { Ticket } from '../ticket/ticket.entity';
import { TicketFollower } from './ticket-follower.entity';

/**
 * Following a colleague's ticket instead of opening a duplicate. Only
 * customer users follow, only tickets they can see (their organisation's),
 * each call one transaction; following twice changes nothing.
 */
export class TicketFollowService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Starts following an open ticket the viewer did not open. */
  async follow(viewer: Viewer, number: string): Promise<Ticket> {
    const user = this.customer(viewer);
    return this.db.transaction(async (manager) => {
      const ticket = await new TicketQueries(this.db, viewer).findByNumber(number, manager);
      if (!ticket) throw notFound(`No ticket ${number}.`);
      if (ticket.requesterId === user) {
        throw badInput('number', 'You opened this ticket; you already receive its updates.');
      }
      if (ticket.state === TicketState.CLOSED) {
        throw badInput('number', 'This ticket is closed; open a new one instead.');
      }
      const existing = await manager.findOneBy(TicketFollower, {
        ticketId: ticket.id,
        userId: user,
      });
      if (!existing) {
        await manager.insert(TicketFollower, {
          ticketId: ticket.id,
          userId: user,
          createdAt: this.clock.now(),
        });
      }
      return ticket;
    });
  }

  /** Stops following; not following already changes nothing. */
  async unfollow(viewer: Viewer, number: string): Promise<Ticket> {
    const user = this.customer(viewer);
    return this.db.transaction(async (manager) => {
      const ticket = await new TicketQueries(this.db, viewer).findByNumber(number, manager);
      if (!ticket) throw notFound(`No ticket ${number}.`);
      await manager.delete(TicketFollower, { ticketId: ticket.id, userId: user });
      return ticket;
    });
  }

  private customer(viewer: Viewer): number {
    if (viewer.role !== Role.CUSTOMER || !viewer.user) {
      throw forbidden('Only customer users follow tickets.');
    }
    return viewer.user.id;
  }
}
