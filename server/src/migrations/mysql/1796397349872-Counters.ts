import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Starts the named counters at zero: ticket numbers and the event sequence. */
export class Counters1796397349872 implements MigrationInterface {
  name = 'Counters1796397349872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO counter (name, value) VALUES ('ticket_number', 0), ('event_sequence', 0)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "DELETE FROM counter WHERE name IN ('ticket_number', 'event_sequence')",
    );
  }
}
