import { Not } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, notFound } from '../../core/errors/domain-error';
import { isTimeZone } from '../user/time-zone';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { DEFAULT_BUSINESS_HOURS, Organisation } from './organisation.entity';

/** Creating and changing customer organisations (admins). */
export class OrganisationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Creates an organisation; names are unique. */
  create(input: CreateOrganisationInput): Promise<Organisation> {
    const name = input.name.trim();
    if (!isTimeZone(input.timeZone))
      throw badInput('timeZone', `Unknown time zone ${input.timeZone}.`);
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(Organisation, { name })) {
        throw badInput('name', 'An organisation with this name exists already.');
      }
      return manager.save(
        manager.create(Organisation, {
          ...input,
          name,
          ...DEFAULT_BUSINESS_HOURS,
          holidayCalendar: input.timeZone === 'Asia/Tokyo' ? 'JP' : null,
          createdAt: this.clock.now(),
        }),
      );
    });
  }

  /** Changes the given fields of an organisation. */
  update(input: UpdateOrganisationInput): Promise<Organisation> {
    const id = Number(input.id);
    if (input.timeZone && !isTimeZone(input.timeZone)) {
      throw badInput('timeZone', `Unknown time zone ${input.timeZone}.`);
    }
    return this.db.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id });
      if (!organisation) throw notFound(`No organisation ${input.id}.`);
      const name = input.name?.trim();
      if (name && (await manager.existsBy(Organisation, { name, id: Not(id) }))) {
        throw badInput('name', 'An organisation with this name exists already.');
      }
      if (name) organisation.name = name;
      if (input.plan) organisation.plan = input.plan;
      if (input.timeZone) organisation.timeZone = input.timeZone;
      if (input.locale) organisation.locale = input.locale;
      return manager.save(organisation);
    });
  }
}
