// One part of the options page: a <section> named by its heading, which the contents list links to.
import type { ComponentChildren } from 'preact';
import type { OptionsMessages } from '@/lib/i18n/options-en';

export type SectionName = keyof OptionsMessages['section'];

/** The section's id: its name, except where the name is already a field's id (a fact's path). */
export const sectionId = (name: SectionName): string =>
  name === 'nomination' ? 'section-nomination' : name;

/** A link within the page to a fact's field (`#work`, `#education.ecaIssued`), which it focuses. */
export const fieldUrl = (path: string): string => `#${encodeURIComponent(path)}`;

export function Section(props: {
  name: SectionName;
  t: OptionsMessages;
  /** A line under the heading. */
  intro?: string;
  children: ComponentChildren;
}) {
  const heading = `${props.name}--heading`;
  return (
    <section id={sectionId(props.name)} aria-labelledby={heading}>
      <h2 id={heading}>{props.t.section[props.name]}</h2>
      {props.intro ? <p class="hint">{props.intro}</p> : null}
      {props.children}
    </section>
  );
}
