/**
 * Composes SQL from fragments that each carry their own bound values, so a `?` and
 * its value always travel together in text order and nothing is spliced in as text.
 */
import { quoteIdentifier, type SqlQuery, type SqlValue } from '../model/sql';

/** A piece of SQL text with the values bound to its placeholders (same shape as SqlQuery). */
export type SqlFragment = SqlQuery;

/** Tagged template joining fragments; interpolations must be fragments, never raw values. */
export function sqlFragment(
  strings: TemplateStringsArray,
  ...parts: readonly SqlFragment[]
): SqlFragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  parts.forEach((part, index) => {
    text += part.text + (strings[index + 1] ?? '');
    params.push(...part.params);
  });
  return { text, params };
}

/** A single `?` placeholder bound to a value. */
export function bound(value: SqlValue): SqlFragment {
  return { text: '?', params: [value] };
}

/** A quoted identifier as a fragment. */
export function identifier(name: string): SqlFragment {
  return { text: quoteIdentifier(name), params: [] };
}

/** Trusted SQL text written in this codebase (keywords, function names), with no values. */
export function trusted(text: string): SqlFragment {
  return { text, params: [] };
}

/** Joins fragments with a separator, keeping their values in order. */
export function joinFragments(
  parts: readonly SqlFragment[],
  separator: string,
): SqlFragment {
  return {
    text: parts.map((part) => part.text).join(separator),
    params: parts.flatMap((part) => part.params),
  };
}
