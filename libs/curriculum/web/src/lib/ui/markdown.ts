import { Marked } from 'marked';

/**
 * Markdown → HTML for lesson bodies. The result is NOT safe on its own: bind it with
 * `[innerHTML]` so Angular's sanitizer removes `<script>`, event handlers and `javascript:`
 * URLs. Never pass it through `bypassSecurityTrustHtml`.
 *
 * The lesson title is the page's h1, so a `#` heading in a body becomes an h2.
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.max(depth, 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
