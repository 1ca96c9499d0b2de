import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown as HTML that cannot run code: marked turns the article's raw
 * Markdown into HTML (GitHub flavour, no raw-HTML trust), DOMPurify removes
 * scripts, event handlers and `javascript:` URLs before React inserts it.
 */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** Props of Markdown. */
export interface MarkdownProps {
  source: string;
  className?: string;
}

/** Renders an article body (raw Markdown from the API) safely. */
export function Markdown({ source, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      // Sanitised just above by DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
