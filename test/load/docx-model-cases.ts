// Small hand-made documents in mammoth's document model (the shapes of mammoth/lib/documents.js), each with
// the text and messages that mammoth's HTML rendering read by htmlToText gives for it. Used by
// docx-model-text.test.ts; kept apart so that the same table can be checked against mammoth itself.
import type { DocxDocument, DocxElement, DocxMessage } from '../../src/load/docx-model-text.js';

type Properties = Partial<DocxElement>;

export const text = (value: string): DocxElement => ({ type: 'text', value });
export const tab = (): DocxElement => ({ type: 'tab' });
export const lineBreak = (): DocxElement => ({ type: 'break', breakType: 'line' });
export const pageBreak = (): DocxElement => ({ type: 'break', breakType: 'page' });

export function run(children: DocxElement[] | string, properties: Properties = {}): DocxElement {
  return {
    type: 'run',
    children: typeof children === 'string' ? [text(children)] : children,
    styleId: null,
    styleName: null,
    isBold: false,
    isItalic: false,
    isStrikethrough: false,
    verticalAlignment: 'baseline',
    ...properties,
  };
}

export function paragraph(children: DocxElement[] | string, properties: Properties = {}): DocxElement {
  return { type: 'paragraph', children: typeof children === 'string' ? [run(children)] : children, styleId: null, styleName: null, numbering: null, ...properties };
}

export const bullet = (content: string, level = 0): DocxElement => paragraph(content, { styleId: 'ListParagraph', styleName: 'List Paragraph', numbering: { level: String(level), isOrdered: false } });
export const numbered = (content: string, level = 0): DocxElement => paragraph(content, { styleId: 'ListParagraph', styleName: 'List Paragraph', numbering: { level: String(level), isOrdered: true } });

export function hyperlink(children: DocxElement[], properties: Properties): DocxElement {
  return { type: 'hyperlink', children, href: undefined, anchor: undefined, targetFrame: null, ...properties };
}

export const cell = (...children: DocxElement[]): DocxElement => ({ type: 'tableCell', children, colSpan: 1, rowSpan: 1 } as DocxElement);
export const row = (cells: DocxElement[], isHeader = false): DocxElement => ({ type: 'tableRow', children: cells, isHeader });
export const table = (...rows: DocxElement[]): DocxElement => ({ type: 'table', children: rows, styleId: null, styleName: null });

export const noteReference = (noteId: string): DocxElement => ({ type: 'noteReference', noteType: 'footnote', noteId });
export const note = (noteId: string, ...body: DocxElement[]): DocxElement => ({ type: 'note', noteType: 'footnote', noteId, body });
export const image = (altText?: string): DocxElement => ({ type: 'image', altText, contentType: 'image/png', readAsArrayBuffer: async () => new ArrayBuffer(0) } as DocxElement);

export function documentOf(children: DocxElement[], notes: DocxElement[] = []): DocxDocument {
  return {
    type: 'document',
    children,
    notes: { resolve: (reference) => notes.find((candidate) => candidate.noteType === reference.noteType && candidate.noteId === reference.noteId) ?? null },
    comments: [],
  } as DocxDocument;
}

export interface ModelCase {
  name: string;
  document: DocxDocument;
  text: string;
  messages?: DocxMessage[];
}

const bold = { isBold: true };
const url = 'https://stats.example.org/release';
const picture = image('logo');

export const modelCases: ModelCase[] = [
  {
    name: 'paragraphs are blocks; empty paragraphs leave no trace',
    document: documentOf([paragraph('First.'), paragraph([]), paragraph([run('')]), paragraph('Second.')]),
    text: 'First.\n\nSecond.',
  },
  {
    name: 'runs join within a paragraph, tabs and line breaks inside it fold to spaces, a line break element to a new line',
    document: documentOf([paragraph([run('Date'), run([tab(), text('of  breach\n')], bold), run([lineBreak(), text('8 July')])])]),
    text: 'Date of breach\n8 July',
  },
  {
    name: 'white space folds over text between two tags: runs of one formatting share one tag, others do not',
    document: documentOf([paragraph([run('Late ', bold), run(' release', bold)]), paragraph([run('Late ', bold), run(' release')])]),
    text: 'Late release\n\nLate  release',
  },
  {
    name: 'page and column breaks add nothing',
    document: documentOf([paragraph([run('Before'), run([pageBreak()]), run('after')])]),
    text: 'Beforeafter',
  },
  {
    name: 'headings by style id or style name are blocks, without messages',
    document: documentOf([paragraph('Impact', { styleId: 'Heading2', styleName: 'heading 2' }), paragraph('Actions', { styleId: 'X1', styleName: 'Heading 3' }), paragraph('Body text', { styleId: 'Normal', styleName: 'Normal' })]),
    text: 'Impact\n\nActions\n\nBody text',
  },
  {
    name: 'styles the default style map does not know are reported once per use, paragraphs before their runs',
    document: documentOf([paragraph([run('Quoted', { styleId: 'Emph', styleName: 'Emphasis' })], { styleId: 'Quote', styleName: 'Quote' }), paragraph([run('link', { styleId: 'Hyperlink', styleName: 'Hyperlink' })], { styleId: 'Nameless' })]),
    text: 'Quoted\n\nlink',
    messages: [
      { type: 'warning', message: "Unrecognised paragraph style: 'Quote' (Style ID: Quote)" },
      { type: 'warning', message: "Unrecognised run style: 'Emphasis' (Style ID: Emph)" },
      { type: 'warning', message: "Unrecognised paragraph style: 'null' (Style ID: Nameless)" },
    ],
  },
  {
    name: 'bulleted list items are "- " blocks',
    document: documentOf([paragraph('Actions:'), bullet('Withdrawn at 9.04am.'), bullet('Republished at 9.30am.')]),
    text: 'Actions:\n\n- Withdrawn at 9.04am.\n\n- Republished at 9.30am.',
  },
  {
    name: 'an ordered list keeps counting over an empty paragraph, and starts again after a paragraph with text',
    document: documentOf([numbered('One'), paragraph([]), numbered('Two'), paragraph('Between'), numbered('Three')]),
    text: '1. One\n\n2. Two\n\nBetween\n\n1. Three',
  },
  {
    name: 'a deeper item goes inside the item before it, and the outer count carries on after it',
    document: documentOf([numbered('First'), bullet('detail', 1), numbered('Second')]),
    text: '1. First\n\n- detail\n\n2. Second',
  },
  {
    name: 'a list item with nothing in it is dropped, one with only a picture is counted',
    document: documentOf([numbered('One'), paragraph([], { numbering: { level: '0', isOrdered: true } }), paragraph([run([picture])], { numbering: { level: '0', isOrdered: true } }), numbered('Three')]),
    text: '1. One\n\n2.\n\n3. Three',
  },
  {
    name: 'a heading style wins over list numbering; list levels beyond five are plain paragraphs',
    document: documentOf([paragraph('Title', { styleId: 'Heading1', styleName: 'heading 1', numbering: { level: '0', isOrdered: true } }), paragraph('Deep', { numbering: { level: '5', isOrdered: false } })]),
    text: 'Title\n\nDeep',
  },
  {
    name: 'table rows are lines with cells separated by a tab, a cell\'s paragraphs on lines of their own',
    document: documentOf([table(row([cell(paragraph('Information needed')), cell(paragraph('Response'))]), row([cell(paragraph('Date')), cell(paragraph('14 July 2021'), paragraph('(revised)'))])), paragraph('After')]),
    text: 'Information needed\tResponse\nDate\t14 July 2021\n(revised)\n\nAfter',
  },
  {
    name: 'a row of one cell is a block of its own; empty cells still count',
    document: documentOf([table(row([cell(paragraph('Label')), cell()]), row([cell(paragraph('Narrative one.'), paragraph('Two.'))]), row([cell(), cell(paragraph('Value'))]))]),
    text: 'Label\t\n\nNarrative one.\nTwo.\n\n\tValue',
  },
  {
    name: 'leading header rows are set apart from the body by a blank line',
    document: documentOf([table(row([cell(paragraph('Field')), cell(paragraph('Value'))], true), row([cell(paragraph('Producer')), cell(paragraph('ONS'))]))]),
    text: 'Field\tValue\n\nProducer\tONS',
  },
  {
    name: 'a table inside a cell is flattened into the cell',
    document: documentOf([table(row([cell(paragraph('Outer')), cell(table(row([cell(paragraph('a')), cell(paragraph('b'))])))]))]),
    text: 'Outer\ta b',
  },
  {
    name: 'a link whose text hides its target gets the target after it; one that shows it does not; anchors are not targets',
    document: documentOf([
      paragraph([run('See the '), hyperlink([run('release page')], { href: url }), run('.')]),
      paragraph([hyperlink([run(url)], { href: url })]),
      paragraph([hyperlink([run('mail us')], { href: 'mailto:team@example.org' })]),
      paragraph([hyperlink([run('section 2')], { anchor: 'section2' })]),
    ]),
    text: `See the release page (${url}).\n\n${url}\n\nmail us (team@example.org)\n\nsection 2`,
  },
  {
    name: 'runs of one link share its target; a link split by formatting gets it after each part, as mammoth writes two links',
    document: documentOf([
      paragraph([run([hyperlink([text('release ')], { href: url })]), run([hyperlink([text('page')], { href: url })])]),
      paragraph([run([hyperlink([text('release ')], { href: url })], bold), run([hyperlink([text('page')], { href: url })])]),
    ]),
    text: `release page (${url})\n\nrelease  (${url})page (${url})`,
  },
  {
    name: 'a link with nothing in it is dropped',
    document: documentOf([paragraph([run('Text'), hyperlink([run('')], { href: url })])]),
    text: 'Text',
  },
  {
    name: 'footnote references are numbered and the notes follow as a numbered list, each paragraph a block, with a back arrow',
    document: documentOf([paragraph([run('Late release'), run([noteReference('1')]), run(' again'), run([noteReference('2')])])], [note('1', paragraph('First note.', { styleName: 'footnote text', styleId: 'FootnoteText' })), note('2', paragraph('Second note.'))]),
    text: 'Late release[1] again[2]\n\n1.\n\nFirst note. ↑\n\n2.\n\nSecond note. ↑',
  },
  {
    name: 'bookmarks, checkboxes and pictures show nothing',
    document: documentOf([paragraph([{ type: 'bookmarkStart', name: '_Toc1' }, run('Start'), { type: 'checkbox', checked: true }, run([picture]), run('end')])]),
    text: 'Startend',
  },
  {
    name: 'a picture that cannot be read is left out and reported after the style messages',
    document: documentOf([paragraph([run('Before'), run([picture])], { styleId: 'Odd', styleName: 'Odd' })]),
    text: 'Before',
    messages: [
      { type: 'warning', message: "Unrecognised paragraph style: 'Odd' (Style ID: Odd)" },
      { type: 'error', message: 'picture missing' },
    ],
  },
];

/** The images of the case above that cannot be read. */
export const unreadableImages = new Map<DocxElement, unknown>([[picture, new Error('picture missing')]]);
export const unreadableCase = 'a picture that cannot be read is left out and reported after the style messages';
