import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** An admin page's heading with its "new" button, hidden while the form is open. */
export function AdminHeading(props: {
  titleId: string;
  title: string;
  actionLabel: string;
  actionTestId: string;
  /** False while the form the button opens is shown. */
  showAction: boolean;
  onAction(): void;
}) {
  return (
    <div className="page-heading">
      <h2 id={props.titleId}>{props.title}</h2>
      {props.showAction && (
        <button
          type="button"
          className="button button-primary"
          data-testid={props.actionTestId}
          onClick={props.onAction}
        >
          {props.actionLabel}
        </button>
      )}
    </div>
  );
}

/** An admin list: a table with a hidden caption, its column headers and an actions column. */
export function AdminTable(props: {
  testId: string;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={props.testId}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
