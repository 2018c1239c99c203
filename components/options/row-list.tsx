// A list of rows in the options form (work periods, police certificates, language tests): one
// fieldset per row with a "Remove … n" button, one "Add …" button under them, and where keyboard
// focus goes after each, so that neither button leaves focus on a control that is gone.
import type { ComponentChildren } from 'preact';
import type { FormDraft } from '@/lib/forms';
import type { FormProps } from './types';

/** What the render prop gets for one row. */
export interface RowProps<Row> {
  row: Row;
  index: number;
  /** The row's id prefix, `${name}[${index}]`: its fields are `${path}.<field>`. */
  path: string;
  /** Changes this row in a copy of the draft (nothing if the row is gone meanwhile). */
  set: (change: (row: Row) => void) => void;
}

/** The list's words, as the catalogues (lib/i18n/options-*.ts) have them; `n` is 1-based. */
export interface RowListText {
  /** The row's legend: "Work period 2". */
  legend: (p: { n: number }) => string;
  add: string;
  /** The remove button's text, which is its accessible name: it names the row ("… 2"). */
  remove: (p: { n: number }) => string;
}

export interface RowListProps<Row> {
  /** The section's props: the rows are read from `draft`, changed with `edit`, focused with `focus`. */
  form: Pick<FormProps, 'draft' | 'edit' | 'focus'>;
  /** The ids' prefix: rows' fields are `${name}[i].<field>`, the add button `${name}--add`. */
  name: string;
  /** The list in a draft: read for the rows, changed in place by Add and Remove. */
  list: (draft: FormDraft) => Row[];
  /** A new empty row (given the draft, so it can choose a key not yet used). */
  create: (draft: FormDraft) => Row;
  /** The field of a new row that takes focus after Add: `${name}[i].${first}`. */
  first: string;
  /** How many rows at most (the draft schema's limit): the Add button goes at that count. */
  max: number;
  /** Rows that cannot be removed (the one language test the form always shows). */
  min?: number;
  /** An empty list is a question of the form (work periods, police certificates). */
  question?: boolean;
  /** A row's stable key, where rows have one; otherwise the index. */
  rowKey?: (row: Row) => string;
  text: RowListText;
  children: (row: RowProps<Row>) => ComponentChildren;
}

/** The keys rows of a list already use, for `nextKey` (lib/forms) to pick a new one. */
export const keysOf = (rows: readonly { key: string }[]): string[] => rows.map((r) => r.key);

const addId = (name: string): string => `${name}--add`;

export function RowList<Row>(props: RowListProps<Row>) {
  const { name, list, text } = props;
  const { edit, focus } = props.form;
  const rows = list(props.form.draft);
  const min = props.min ?? 0;
  return (
    // A list that is a question grows from the keyboard: Enter after its last row goes to "Add …".
    <div data-list={name} data-grows={props.question ? '' : undefined}>
      {rows.map((row, index) => {
        const set = (change: (row: Row) => void) =>
          edit((d) => {
            const r = list(d)[index];
            if (r !== undefined) change(r);
          });
        return (
          <fieldset key={props.rowKey?.(row) ?? index} class="row">
            <legend>{text.legend({ n: index + 1 })}</legend>
            {/* Before the fields, so that after a row's last field the next stop is "Add …". */}
            {rows.length > min ? (
              <button
                type="button"
                class="link remove"
                onClick={() => {
                  edit((d) => void list(d).splice(index, 1));
                  // The add button always exists after a removal (the count is then below max):
                  // a fixed place to land, next to the list, whichever row went.
                  focus(addId(name));
                }}
              >
                {text.remove({ n: index + 1 })}
              </button>
            ) : null}
            {props.children({ row, index, path: `${name}[${index}]`, set })}
          </fieldset>
        );
      })}
      {rows.length < props.max ? (
        <button
          type="button"
          id={addId(name)}
          data-add=""
          // An empty list is a question: Enter and "first unanswered" stop at its Add button.
          {...(props.question && rows.length === 0
            ? { 'data-question': '', 'data-answered': 'false' }
            : {})}
          onClick={() => {
            edit((d) => void list(d).push(props.create(d)));
            focus(`${name}[${rows.length}].${props.first}`);
          }}
        >
          {text.add}
        </button>
      ) : null}
    </div>
  );
}
