import { Locale, Role } from '@support/shared';
import { ManualClock } from '../core/clock/manual-clock';
import type { AppServices } from '../core/graphql/context';
import { userViewer, type Viewer } from '../modules/auth/viewer';
import { IdeaEngagementService } from '../modules/ideas/idea-engagement.service';
import { IdeaStatus } from '../modules/ideas/idea.enums';
import { IdeaService } from '../modules/ideas/idea.service';
import { ArticleStatus } from '../modules/knowledge/knowledge.enums';
import { KnowledgeService } from '../modules/knowledge/knowledge.service';
import { Ticket } from '../modules/ticket/ticket.entity';
import { User } from '../modules/user/user.entity';
import { DEMO_ARTICLES, DEMO_CATEGORIES, SOURCE_DOCUMENT_CATEGORY } from './demo-articles';
import { DEMO_IDEAS } from './demo-ideas';
import { seedContent, sourceDocumentToMarkdown } from './source-document';

const HOUR = 3600_000;

/** The source document's slug: the first article of the knowledge base. */
export const SOURCE_DOCUMENT_SLUG = 'support-ticket-lifecycle';

async function usersByRole(services: AppServices): Promise<Map<Role, User[]>> {
  const users = await services.db.reader.find(User, { order: { id: 'ASC' } });
  const byRole = new Map<Role, User[]>();
  for (const user of users) byRole.set(user.role, [...(byRole.get(user.role) ?? []), user]);
  return byRole;
}

async function seedArticles(services: AppServices, author: Viewer, clock: ManualClock) {
  const knowledge = new KnowledgeService(services.db, clock, services.search);
  const categories = new Map<string, string>();
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    const saved = await knowledge.createCategory(author, { ...category, position });
    categories.set(category.slug, String(saved.id));
  }
  const source = sourceDocumentToMarkdown(seedContent('support-ticket-lifecycle.ja.txt'));
  const versions = [
    {
      slug: SOURCE_DOCUMENT_SLUG,
      category: SOURCE_DOCUMENT_CATEGORY,
      ja: source,
      en: {
        title: 'The support ticket lifecycle',
        body: seedContent('support-ticket-lifecycle.en.md'),
      },
    },
    ...DEMO_ARTICLES,
  ];
  for (const article of versions) {
    for (const locale of [Locale.JA, Locale.EN]) {
      clock.advance(HOUR);
      await knowledge.createArticle(author, {
        slug: article.slug,
        locale,
        title: article[locale].title,
        body: article[locale].body,
        categoryId: categories.get(article.category) ?? null,
        status: ArticleStatus.PUBLISHED,
      });
    }
  }
}

async function seedIdeas(services: AppServices, byRole: Map<Role, User[]>, clock: ManualClock) {
  const ideas = new IdeaService(services.db, clock, services.search, services.ideaEvents);
  const engagement = new IdeaEngagementService(services.db, clock, services.ideaEvents);
  const customers = (byRole.get(Role.CUSTOMER) ?? []).map((user) =>
    userViewer(user, 'session', null),
  );
  const admin = byRole.get(Role.ADMIN)?.[0];
  const engineer = byRole.get(Role.ENGINEER)?.[0];
  for (const [index, demo] of DEMO_IDEAS.entries()) {
    clock.advance(demo.hoursLater * HOUR);
    // Japanese ideas come from the Japanese customers, English ones from the others.
    const sameLanguage = customers.filter(
      (viewer) =>
        (viewer.user?.locale === Locale.JA) ===
        /[\u3040-\u30ff\u4e00-\u9fff]/.test(demo.idea.title),
    );
    const author = sameLanguage[index % sameLanguage.length] ?? customers[0];
    const idea = await ideas.create(author, demo.idea);
    for (let vote = 0; vote < demo.votes; vote += 1) {
      clock.advance(HOUR / 2);
      await engagement.vote(customers[(index + vote + 1) % customers.length], idea.id);
    }
    for (const [offset, comment] of demo.comments.entries()) {
      clock.advance(HOUR);
      await engagement.comment(
        customers[(index + offset + 2) % customers.length],
        idea.id,
        comment,
      );
    }
    if (demo.status !== IdeaStatus.UNDER_REVIEW && admin) {
      await ideas.setStatus(userViewer(admin, 'session', null), {
        ideaId: String(idea.id),
        status: demo.status,
        note: demo.statusNote ?? null,
        expectedVersion: idea.version,
      });
    }
    if (demo.linkTicketTitled && engineer) {
      const ticket = await services.db.reader.findOneBy(Ticket, { title: demo.linkTicketTitled });
      if (ticket)
        await ideas.linkTicket(userViewer(engineer, 'session', null), ticket.number, idea.id);
    }
  }
}

/**
 * Seeds the knowledge base (the source document as the first Japanese
 * article with its English version, and a handful of articles in both
 * languages, written by the first engineer) and the ideas board (ideas by
 * the demo customers with votes, comments, statuses and a linked ticket),
 * with a clock that starts at `start`. Called by the demo seed only, into
 * a database whose tickets it has just written.
 */
export async function seedKnowledgeAndIdeas(services: AppServices, start: Date): Promise<void> {
  const byRole = await usersByRole(services);
  const engineer = byRole.get(Role.ENGINEER)?.[0];
  if (!engineer) return;
  const clock = new ManualClock(start);
  await seedArticles(services, userViewer(engineer, 'session', null), clock);
  await seedIdeas(services, byRole, clock);
}
