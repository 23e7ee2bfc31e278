import type { Citation, Dataset } from '../../model';
import { safeHref } from './format';
import './panels.css';

interface CitationsProps {
  readonly dataset: Dataset;
  readonly citations: readonly Citation[];
}

/** Where a relationship comes from: each source's title (a link when it has a safe URL) and detail. */
export function Citations({ dataset, citations }: CitationsProps) {
  if (citations.length === 0) return null;
  return (
    <ul className="pw-citations">
      {citations.map((citation, index) => {
        const source = dataset.sourceById.get(citation.source);
        const title = source?.title ?? citation.source;
        const href = safeHref(source?.url);
        return (
          <li key={index}>
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {title}
              </a>
            ) : (
              <cite>{title}</cite>
            )}
            {citation.detail !== undefined && <span className="pw-muted">, {citation.detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
