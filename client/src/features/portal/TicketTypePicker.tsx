import { useTranslation } from 'react-i18next';
import { TicketType } from '@support/shared';

const TYPES = Object.values(TicketType);

/** Props of TicketTypePicker. */
export interface TicketTypePickerProps {
  value: TicketType;
  onChange(type: TicketType): void;
  /** "Product idea" is not a ticket type: choosing it leaves the form for the ideas board. */
  onIdea(): void;
}

/**
 * The request types as radio cards, each with what it is for, plus
 * "product idea", which leads to the ideas board (product.md: not a ticket).
 */
export function TicketTypePicker({ value, onChange, onIdea }: TicketTypePickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('ticket.type')}</legend>
      <div className="type-options">
        {TYPES.map((type) => (
          <label
            key={type}
            className={type === value ? 'type-option type-option-on' : 'type-option'}
          >
            <input
              type="radio"
              name="type"
              value={type}
              data-testid={`type-${type}`}
              checked={type === value}
              onChange={() => onChange(type)}
            />
            <span>
              <strong>{t(`type.${type}`)}</strong>
              <span className="small muted">{t(`typeHint.${type}`)}</span>
            </span>
          </label>
        ))}
        <label className="type-option">
          <input
            type="radio"
            name="type"
            value="IDEA"
            data-testid="type-IDEA"
            checked={false}
            onChange={onIdea}
          />
          <span>
            <strong>{t('type.IDEA')}</strong>
            <span className="small muted">{t('typeHint.IDEA')}</span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
