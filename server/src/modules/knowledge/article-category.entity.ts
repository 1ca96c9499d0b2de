import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** A group of articles, named in both languages. */
@ObjectType({ description: 'A knowledge-base category, named in both languages.' })
@Entity({ name: 'knowledge_category' })
export class ArticleCategory {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'URL name.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Field({ description: 'English name.' })
  @Column({ type: 'varchar', length: 100 })
  nameEn: string;

  @Field({ description: 'Japanese name.' })
  @Column({ type: 'varchar', length: 100 })
  nameJa: string;

  @Field(() => Int, { description: 'Order in lists, ascending.' })
  @Column({ type: 'int', default: 0 })
  position: number;

  @DateTimeColumn()
  createdAt: Date;
}
