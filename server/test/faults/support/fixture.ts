import { Role } from '@support/shared';
import { latestEventSequence } from '../../../src/core/events/outbox';
import type { AppServices } from '../../../src/core/graphql/context';
import { buildCustomer, buildOrganisation, buildTicket, buildUser } from '../../support/factories';
import { startTestApp } from '../../support/test-app';
import type { TestDatabase } from '../../support/test-database';

/** People and tickets of a fault test, already in its database. */
export interface FaultFixture {
  engineerEmail: string;
  customerEmail: string;
  /** Ticket numbers the burst comments on. */
  tickets: string[];
  /** The newest event sequence before the test's changes. */
  cursor: string;
}

/** Fills a started app's database: an engineer, a customer and tickets of its organisation. */
export async function fillFixture(services: AppServices, ticketCount = 4): Promise<FaultFixture> {
  const organisation = await buildOrganisation(services);
  const customer = await buildCustomer(services, organisation);
  const engineer = await buildUser(services, Role.ENGINEER);
  const tickets: string[] = [];
  for (let index = 0; index < ticketCount; index += 1) {
    tickets.push((await buildTicket(services, customer)).number);
  }
  return {
    engineerEmail: engineer.email,
    customerEmail: customer.email,
    tickets,
    cursor: await latestEventSequence(services.db.reader),
  };
}

/**
 * Migrates the database and fills it through a short-lived in-process
 * server, so a server process started afterwards finds everything in place.
 */
export async function prepareFixture(database: TestDatabase): Promise<FaultFixture> {
  const app = await startTestApp({ database });
  try {
    return await fillFixture(app.services);
  } finally {
    await app.stop();
  }
}
