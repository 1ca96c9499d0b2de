import { useTranslation } from 'react-i18next';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Props of RatingInput. */
export interface RatingInputProps {
  value: number | null;
  onChange(rating: number): void;
  invalid: boolean;
  describedBy?: string;
}

/**
 * Rating 1–5 as a group of radio buttons drawn as stars: arrow keys move,
 * each option is read with its meaning ("4 – Good").
 */
export function RatingInput({ value, onChange, invalid, describedBy }: RatingInputProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset rating" aria-invalid={invalid} aria-describedby={describedBy}>
      <legend>{t('survey.ratingLegend')}</legend>
      <div className="rating-options">
        {RATINGS.map((rating) => (
          <label
            key={rating}
            className={value !== null && rating <= value ? 'star star-on' : 'star'}
          >
            <input
              type="radio"
              name="rating"
              value={rating}
              className="visually-hidden"
              data-testid={`rating-${rating}`}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t(`survey.rating.${rating}`)}</span>
          </label>
        ))}
      </div>
      <p className="small muted" aria-live="polite">
        {value !== null ? t(`survey.rating.${value as 1 | 2 | 3 | 4 | 5}`) : ' '}
      </p>
    </fieldset>
  );
}
