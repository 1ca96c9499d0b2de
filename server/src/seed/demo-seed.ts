import {
  Locale,
  Role,
  SupportPlan,
  TicketAction,
  TicketState,
  type TicketType,
} from '@support/shared';
import { ManualClock } from '../core/clock/manual-clock';
import { DEFAULT_BUSINESS_HOURS } from '../modules/organisation/organisation.entity';
import type { EventRelay } from '../core/events/event-relay';
import type { AppServices } from '../core/graphql/context';
import { userViewer, type Viewer } from '../modules/auth/viewer';
import { Organisation } from '../modules/organisation/organisation.entity';
import { TicketIntakeService } from '../modules/ticket/ticket-intake.service';
import { TicketLifecycleService } from '../modules/ticket/ticket-lifecycle.service';
import type { Ticket } from '../modules/ticket/ticket.entity';
import { User } from '../modules/user/user.entity';
import { ENGLISH_TICKETS, JAPANESE_TICKETS, type DemoTicketText } from './demo-tickets';
import { seedKnowledgeAndIdeas } from './demo-knowledge';

/** The password of every demo account (README, tests and scripts rely on it). */
export const DEMO_PASSWORD = 'demo-password';

const HOUR = 3600_000;
const DEMO_TICKET_COUNT = 50;

/** Lifecycle path to reach each state, with the comment each step needs. */
const PATHS: Record<TicketState, Array<[TicketAction, 'agent' | 'customer', string?]>> = {
  [TicketState.NEW]: [],
  [TicketState.INVESTIGATING]: [[TicketAction.START_INVESTIGATION, 'agent']],
  [TicketState.WAITING_FOR_CUSTOMER]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.REQUEST_INFO, 'agent', 'question'],
  ],
  [TicketState.WITH_DEVELOPMENT]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.ESCALATE_TO_DEVELOPMENT, 'agent'],
  ],
  [TicketState.WITH_INTEGRATION_TEAM]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.FORWARD_TO_INTEGRATION, 'agent'],
  ],
  [TicketState.SOLUTION_PROPOSED]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.PROPOSE_SOLUTION, 'agent', 'proposal'],
  ],
  [TicketState.RESOLVED]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.PROPOSE_SOLUTION, 'agent', 'proposal'],
    [TicketAction.ACCEPT_SOLUTION, 'customer'],
  ],
  [TicketState.CLOSED]: [
    [TicketAction.START_INVESTIGATION, 'agent'],
    [TicketAction.PROPOSE_SOLUTION, 'agent', 'proposal'],
    [TicketAction.ACCEPT_SOLUTION, 'customer'],
    [TicketAction.CLOSE, 'agent'],
  ],
};

const COMMENTS = {
  ja: {
    question: '再現できませんでした。発生時刻とエラー画面のスクリーンショットをお送りください。',
    proposal: '設定を修正しました。お手数ですが、テスト環境で動作をご確認ください。',
    reply: 'ご連絡ありがとうございます。現在調査しております。',
    note: '社内メモ: 同様の事象が先週も報告されています。',
    release: '2027.1',
    fix: '修正版は次回の定期リリースに含まれる予定です。',
  },
  en: {
    question: 'We could not reproduce this. Please send the time it happened and a screenshot.',
    proposal: 'We corrected the configuration. Please test it in your sandbox.',
    reply: 'Thank you for the report; we are looking into it.',
    note: 'Internal note: the same symptom was reported last week.',
    release: '2027.1',
    fix: 'The fix is planned for the next scheduled release.',
  },
};

function businessHours(holidayCalendar: string | null) {
  return { holidayCalendar, ...DEFAULT_BUSINESS_HOURS };
}

interface DemoPeople {
  engineers: User[];
  development: User;
  customersByOrganisation: Map<number, User[]>;
}

async function createPeople(services: AppServices, now: Date): Promise<DemoPeople> {
  const hash = (password: string) => services.auth.hashPassword(password);
  const organisations = await services.db.transaction((manager) =>
    manager.save([
      manager.create(Organisation, {
        name: 'Tokyo Trading',
        plan: SupportPlan.PREMIER,
        timeZone: 'Asia/Tokyo',
        locale: Locale.JA,
        ...businessHours('JP'),
        createdAt: now,
      }),
      manager.create(Organisation, {
        name: 'Hudson Foods',
        plan: SupportPlan.STANDARD,
        timeZone: 'America/New_York',
        locale: Locale.EN,
        ...businessHours(null),
        createdAt: now,
      }),
      manager.create(Organisation, {
        name: 'Berlin Maschinenbau',
        plan: SupportPlan.PREMIER_PLUS,
        timeZone: 'Europe/Berlin',
        locale: Locale.EN,
        ...businessHours(null),
        createdAt: now,
      }),
    ]),
  );
  const [tokyo, hudson, berlin] = organisations;
  const specs: Array<[string, string, Role, Organisation | null, Locale, string]> = [
    ['admin@example.com', 'Alex Admin', Role.ADMIN, null, Locale.EN, 'Asia/Tokyo'],
    ['engineer@example.com', 'Emi Engineer', Role.ENGINEER, null, Locale.EN, 'Asia/Tokyo'],
    ['engineer2@example.com', 'Ethan Engineer', Role.ENGINEER, null, Locale.EN, 'America/New_York'],
    ['dev@example.com', 'Dana Developer', Role.DEVELOPMENT, null, Locale.EN, 'Europe/Berlin'],
    ['integration@example.com', 'Ian Integration', Role.INTEGRATION, null, Locale.EN, 'Asia/Tokyo'],
    ['customer@tokyo.example.jp', '山田 花子', Role.CUSTOMER, tokyo, Locale.JA, 'Asia/Tokyo'],
    ['customer2@tokyo.example.jp', '佐藤 太郎', Role.CUSTOMER, tokyo, Locale.JA, 'Asia/Tokyo'],
    [
      'customer@ny.example.com',
      'Nora Hudson',
      Role.CUSTOMER,
      hudson,
      Locale.EN,
      'America/New_York',
    ],
    [
      'customer@berlin.example.de',
      'Bernd Berliner',
      Role.CUSTOMER,
      berlin,
      Locale.EN,
      'Europe/Berlin',
    ],
  ];
  const hashes = await Promise.all(specs.map(() => hash(DEMO_PASSWORD)));
  const users = await services.db.transaction((manager) =>
    manager.save(
      specs.map(([email, name, role, organisation, locale, timeZone], index) =>
        manager.create(User, {
          email,
          name,
          role,
          organisationId: organisation?.id ?? null,
          locale,
          timeZone,
          passwordHash: hashes[index],
          active: true,
          createdAt: now,
        }),
      ),
    ),
  );
  const customersByOrganisation = new Map<number, User[]>();
  for (const user of users.filter((candidate) => candidate.organisationId !== null)) {
    const list = customersByOrganisation.get(user.organisationId as number) ?? [];
    customersByOrganisation.set(user.organisationId as number, [...list, user]);
  }
  return {
    engineers: users.filter((user) => user.role === Role.ENGINEER),
    development: users.find((user) => user.role === Role.DEVELOPMENT) as User,
    customersByOrganisation,
  };
}

/**
 * Seeds demo organisations, users of every role and about 50 tickets in
 * every state, in Japanese and English, with comments, history and planned
 * availability. Runs only into an empty database; otherwise does nothing.
 * Tickets go through the real services with a clock that starts ten days
 * ago, so their history and events are what real use would leave.
 */
export async function seedDemoData(services: AppServices): Promise<void> {
  if ((await services.db.reader.count(User)) > 0) return;
  const start = services.clock.now().getTime() - 240 * HOUR;
  const clock = new ManualClock(new Date(start));
  const people = await createPeople(services, clock.now());
  // The relay starts after seeding and publishes nothing older: seeding needs no kicks.
  const quietRelay = { kick: async () => undefined } as unknown as EventRelay;
  const intake = new TicketIntakeService(
    services.db,
    clock,
    quietRelay,
    services.serviceLevels,
    undefined,
    services.search,
  );
  const lifecycle = new TicketLifecycleService(
    services.db,
    clock,
    quietRelay,
    services.serviceLevels,
  );
  const states = Object.values(TicketState);
  const plan: Array<{ text: DemoTicketText; language: 'ja' | 'en'; organisationId: number }> = [];
  const [tokyoId, hudsonId, berlinId] = [...people.customersByOrganisation.keys()];
  const texts = [
    ...JAPANESE_TICKETS.map((text) => ({ text, language: 'ja' as const, organisationId: tokyoId })),
    ...ENGLISH_TICKETS.map((text, index) => ({
      text,
      language: 'en' as const,
      organisationId: index % 3 === 2 ? berlinId : hudsonId,
    })),
  ];
  for (let index = 0; index < DEMO_TICKET_COUNT; index += 1) plan.push(texts[index % texts.length]);
  let created = 0;
  for (const [index, item] of plan.entries()) {
    const customers = people.customersByOrganisation.get(item.organisationId) as User[];
    const customer = userViewer(customers[index % customers.length], 'session', null);
    const engineer = userViewer(people.engineers[index % people.engineers.length], 'session', null);
    const development = userViewer(people.development, 'session', null);
    // Tickets open 4.6 h apart over the last ten days; each one's steps fit in between.
    clock.set(new Date(start + index * 4.6 * HOUR));
    const ticket = await intake.create(customer, {
      type: item.text.type as TicketType,
      severity: item.text.severity,
      title: index >= texts.length ? `${item.text.title} (#2)` : item.text.title,
      description: item.text.description,
      reproductionSteps: item.text.reproductionSteps,
      businessImpact: item.text.businessImpact,
      documentIds: item.text.documentIds,
      instanceEnvironment: item.text.environment,
      permissionGranted: true,
    });
    await walk(
      ticket,
      states[index % states.length],
      { customer, engineer, development },
      item.language,
    );
    created += 1;
  }

  async function walk(
    start: Ticket,
    target: TicketState,
    actors: { customer: Viewer; engineer: Viewer; development: Viewer },
    language: 'ja' | 'en',
  ): Promise<void> {
    const texts = COMMENTS[language];
    let ticket = start;
    if (target !== TicketState.NEW) {
      clock.advance(HOUR / 6);
      ticket = await lifecycle.assign(actors.engineer, {
        number: ticket.number,
        assigneeId: String(actors.engineer.user!.id),
        expectedVersion: ticket.version,
      });
    }
    for (const [action, who, comment] of PATHS[target]) {
      clock.advance(HOUR / 3);
      ticket = await lifecycle.transition(who === 'agent' ? actors.engineer : actors.customer, {
        number: ticket.number,
        action,
        expectedVersion: ticket.version,
        comment: comment ? texts[comment as 'question' | 'proposal'] : undefined,
      });
    }
    if (target !== TicketState.NEW) {
      clock.advance(HOUR / 4);
      await lifecycle.addComment(actors.engineer, {
        number: ticket.number,
        body: texts.note,
        internal: true,
      });
    }
    if (target === TicketState.WITH_DEVELOPMENT) {
      clock.advance(HOUR);
      await lifecycle.setPlannedAvailability(actors.development, {
        number: ticket.number,
        release: texts.release,
        date: '2027-01-20',
        reference: `DEV-${4000 + ticket.id}`,
        note: texts.fix,
        expectedVersion: ticket.version,
      });
    }
  }
  await seedKnowledgeAndIdeas(services, new Date(start));
  services.logger.info({ category: 'seed', tickets: created }, 'demo data seeded');
}
