import type { MigrationInterface } from 'typeorm';
import { Initial1796397349871 as MysqlInitial } from '../../migrations/mysql/1796397349871-Initial';
import { Counters1796397349872 as MysqlCounters } from '../../migrations/mysql/1796397349872-Counters';
import { AdminTokensInvitations1796398334677 as MysqlAdmin } from '../../migrations/mysql/1796398334677-AdminTokensInvitations';
import { AdminTokensInvitations1796398334677 as SqliteAdmin } from '../../migrations/sqlite/1796398334677-AdminTokensInvitations';
import { MailSurveyAttachments1796399168739 as MysqlMail } from '../../migrations/mysql/1796399168739-MailSurveyAttachments';
import { MailSurveyAttachments1796399168739 as SqliteMail } from '../../migrations/sqlite/1796399168739-MailSurveyAttachments';
import { ServiceLevels1796399216293 as MysqlServiceLevels } from '../../migrations/mysql/1796399216293-ServiceLevels';
import { ServiceLevels1796399216293 as SqliteServiceLevels } from '../../migrations/sqlite/1796399216293-ServiceLevels';
import { Initial1796397349871 as SqliteInitial } from '../../migrations/sqlite/1796397349871-Initial';
import { Counters1796397349872 as SqliteCounters } from '../../migrations/sqlite/1796397349872-Counters';
import { KnowledgeSearchIdeas1796402952459 as MysqlKnowledge } from '../../migrations/mysql/1796402952459-KnowledgeSearchIdeas';
import { KnowledgeSearchIdeas1796402952459 as SqliteKnowledge } from '../../migrations/sqlite/1796402952459-KnowledgeSearchIdeas';

type MigrationClass = new () => MigrationInterface;

/**
 * Migrations per dialect, in order. Schema migrations are generated from the
 * entities with `pnpm --filter @support/server migration:generate Name` and
 * have a real `down`; register each new one here.
 */
export const SQLITE_MIGRATIONS: MigrationClass[] = [
  SqliteInitial,
  SqliteCounters,
  SqliteAdmin,
  SqliteMail,
  SqliteServiceLevels,
  SqliteKnowledge,
];
export const MYSQL_MIGRATIONS: MigrationClass[] = [
  MysqlInitial,
  MysqlCounters,
  MysqlAdmin,
  MysqlMail,
  MysqlServiceLevels,
  MysqlKnowledge,
];
