import fs from 'node:fs';
import path from 'node:path';

/** The source document as an article: its title and its text as Markdown. */
export interface SourceArticle {
  title: string;
  body: string;
}

/**
 * A file of server/src/seed/content. Seeding runs from the sources in
 * tests and from dist/ otherwise, and tsc does not copy text files into
 * dist/: both places are tried. Throws when neither has the file.
 */
export function seedContent(name: string): string {
  const candidates = [
    path.join(__dirname, 'content', name),
    path.join(__dirname, '..', '..', 'src', 'seed', 'content', name),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`Seed content ${name} not found in ${candidates.join(' or ')}.`);
  return fs.readFileSync(found, 'utf8');
}

/** Lines of the saved web page around the article itself (navigation, feedback widget). */
const PAGE_CHROME = [
  /^メインコンテンツまでスキップ$/,
  /^Coupa Japanese$/,
  /^この記事は役に立ちましたか/,
];
const BULLET = /^\s*•\s*/;
/** A table starts with a header line "<column> 説明" (description). */
const TABLE_HEADER = /^(\S+) (説明)$/;

function cell(text: string): string {
  return text.trim().replace(/\|/g, '\\|');
}

/**
 * Turns the plain text of the source document (a saved web page) into
 * Markdown: the first line is the title; short lines standing alone are
 * headings; "<column> 説明" lines start two-column tables whose rows split
 * at the first space; "•" lines are list items. Page navigation and the
 * feedback widget are dropped. Specific to this document's layout.
 */
export function sourceDocumentToMarkdown(text: string): SourceArticle {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0]+$/u, ''))
    .filter((line) => !PAGE_CHROME.some((pattern) => pattern.test(line.replace(BULLET, ''))));
  const start = lines.findIndex((line) => line.trim() !== '');
  const title = lines[start].trim();
  const out: string[] = [];
  let table = false;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index];
    const header = TABLE_HEADER.exec(line.trim());
    if (line.trim() === '') {
      table = false;
      if (out.length > 0 && out.at(-1) !== '') out.push('');
    } else if (header) {
      table = true;
      out.push(`| ${header[1]} | ${header[2]} |`, '| --- | --- |');
    } else if (table) {
      const space = line.indexOf(' ');
      out.push(`| ${cell(line.slice(0, space))} | ${cell(line.slice(space + 1))} |`);
    } else if (BULLET.test(line)) {
      out.push(`- ${line.replace(BULLET, '').trim()}`);
    } else {
      const alone =
        (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() === '';
      const heading = alone && line.length <= 30 && !/[。、]/.test(line);
      out.push(heading ? `## ${line.trim()}` : line.trim());
    }
  }
  return { title, body: out.join('\n').trim() + '\n' };
}
