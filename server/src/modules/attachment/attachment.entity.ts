import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A file attached to a ticket or to one of its comments. An upload starts
 * pending (`linkedAt` null: only its uploader sees it) and is linked when
 * the ticket or comment it was uploaded for is created. An attachment of an
 * internal note is internal too: agents only.
 */
@ObjectType({ description: 'A file attached to a ticket or a comment.' })
@Entity({ name: 'attachment' })
@Index(['ticketId', 'linkedAt'])
@Index(['commentId'])
@Index(['uploaderId', 'linkedAt'])
export class Attachment {
  @Field(() => ID, { description: 'Stable identifier; download at /attachments/<id>.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Null for an upload waiting for the ticket it will open. */
  @Column({ type: 'int', nullable: true })
  ticketId: number | null;

  /** Null for a file of the ticket itself. */
  @Column({ type: 'int', nullable: true })
  commentId: number | null;

  @Column({ type: 'int' })
  uploaderId: number;

  @Field({ description: 'File name, cleaned of paths and control characters.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field({ description: 'Media type found from the content, not from the name.' })
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'int' })
  size: number;

  /** Where the storage keeps the bytes; never leaves the server. */
  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Field({ description: 'True for files of internal notes, which customers never see.' })
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Field({ description: 'When it was uploaded.' })
  @DateTimeColumn()
  createdAt: Date;

  /** When it joined its ticket or comment; null while pending. */
  @DateTimeColumn({ nullable: true })
  linkedAt: Date | null;
}
