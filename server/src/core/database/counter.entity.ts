import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsString } from './columns';

/**
 * Named counters (ticket numbers, event sequence). Incrementing one inside a
 * transaction locks its row until commit, which orders the writers.
 */
@Entity({ name: 'counter' })
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'bigint', transformer: bigintAsString })
  value: string;
}
