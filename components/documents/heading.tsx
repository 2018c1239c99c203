// A heading at the level the page gives a view: documents.html shows the checklist and the
// preparer as the page's own sections (h2), the options page inside its "Your documents" (h3).
import type { ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3;

export function Heading(props: {
  level: HeadingLevel | 4;
  id: string;
  class?: string;
  children: ComponentChildren;
}) {
  const { level, children, ...rest } = props;
  if (level === 2) return <h2 {...rest}>{children}</h2>;
  if (level === 3) return <h3 {...rest}>{children}</h3>;
  return <h4 {...rest}>{children}</h4>;
}

/** The level of a view's own sub-headings. */
export const below = (level: HeadingLevel): 3 | 4 => (level === 2 ? 3 : 4);
