// Writes a DOCX's text straight from mammoth's document model (what its transformDocument option is given),
// exactly as mammoth's HTML writer followed by htmlToText would, but without making or parsing any HTML.
//
// The text depends on more of the HTML than its tags: htmlToText folds white space within each run of text
// between two tags, numbers an ordered list's items, and puts a link's target after its text once per <a>.
// So this writes the same tags in the same places. mammoth wraps each paragraph and run in elements chosen
// by its default style map (a list item is "ul > li", a level-2 item "ul|ol > li > ul > li", a bold run
// "strong", a link "a"), then simplifies the tree: elements with no content are dropped, and an element
// that is not "fresh" merges into the element just before it when their tags and attributes agree (so one
// list's paragraphs share one <ul>, and two runs of one link share one <a>). Here the same happens as the
// model is walked: an element is written when the first content inside it is, and a non-fresh element
// whose predecessor at its depth is still open with the same tag and attributes carries on inside it.
//
// What mammoth's HTML step would refuse (a footnote reference to a missing note, a link with no target) is
// reported with UnsupportedDocxModel, so that the loader can fall back to mammoth's own HTML route and fail
// or succeed exactly as before.
import { TextLayout } from './html-to-text.js';

/** The parts of mammoth's document model (mammoth/lib/documents.js) that the text depends on. */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  /** text */
  value?: string;
  /** paragraph, run */
  styleId?: string | null;
  styleName?: string | null;
  /** paragraph: the list level it belongs to, if any */
  numbering?: { level?: unknown; isOrdered?: unknown } | null;
  /** run */
  isBold?: boolean;
  isItalic?: boolean;
  isStrikethrough?: boolean;
  verticalAlignment?: string;
  /** hyperlink */
  href?: string | null;
  anchor?: string | null;
  targetFrame?: string | null;
  /** break: line, page or column */
  breakType?: string;
  /** checkbox */
  checked?: boolean;
  /** bookmarkStart */
  name?: string;
  /** noteReference, note */
  noteType?: string;
  noteId?: string;
  /** note */
  body?: DocxElement[];
  /** tableRow */
  isHeader?: boolean;
  /** image */
  altText?: string;
  readAsArrayBuffer?: () => Promise<unknown>;
}

export interface DocxDocument extends DocxElement {
  notes: { resolve(reference: DocxElement): DocxElement | null };
}

/** A message as mammoth gives it. */
export interface DocxMessage {
  type: 'warning' | 'error';
  message: string;
}

export interface DocxModelText {
  text: string;
  /** mammoth's HTML step's messages: unrecognised styles, then images that could not be read. */
  messages: DocxMessage[];
  /** Every image the text has a place for, in order: the caller reads them and passes the failures back. */
  images: DocxElement[];
}

/** The model has something mammoth's HTML step would fail on; the caller should use that step itself. */
export class UnsupportedDocxModel extends Error {
  override readonly name = 'UnsupportedDocxModel';
}

/** An HTML element mammoth would make: fresh ones never merge, the others list the tags they merge with. */
interface HtmlElement {
  tag: string;
  merges: readonly string[] | null;
  /** As mammoth writes them (` href="..."`), or null for a link with no target, which mammoth cannot write. */
  attributes: string | null;
  written: WrittenElement | null;
}

interface WrittenElement {
  tag: string;
  attributes: string | null;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const fresh = (tag: string, attributes = ''): HtmlElement => ({ tag, merges: null, attributes, written: null });
const joining = (tag: string, merges: readonly string[] = [tag], attributes: string | null = ''): HtmlElement => ({ tag, merges, attributes, written: null });

/** Writes tags and text into a TextLayout, opening elements only when content reaches them. */
class HtmlStream {
  private readonly layout = new TextLayout();
  /** The elements around the current point of the walk, outermost first. */
  private readonly around: HtmlElement[] = [];
  /** The elements written and not yet closed, outermost first. */
  private readonly open: WrittenElement[] = [];
  /** Text since the last tag: htmlToText folds white space over the whole of it. */
  private pending = '';

  enter(element: HtmlElement): void {
    this.around.push(element);
  }

  leave(): void {
    this.around.pop();
  }

  text(value: string): void {
    if (value === '') return;
    this.reach();
    this.pending += value;
  }

  /** A void element (br, img, input). */
  voidElement(tag: string): void {
    this.reach();
    this.flush();
    this.layout.tag(tag, false, '');
  }

  /** Makes the elements around the current point be written even with nothing in them (mammoth's forceWrite). */
  force(): void {
    this.reach();
  }

  finish(): string {
    this.closeFrom(0);
    this.flush();
    return this.layout.finish();
  }

  private flush(): void {
    if (this.pending === '') return;
    this.layout.text(this.pending.replace(/\s+/g, ' '));
    this.pending = '';
  }

  private closeFrom(depth: number): void {
    while (this.open.length > depth) {
      this.flush();
      this.layout.tag(this.open.pop()!.tag, true, '');
    }
  }

  /** Content is coming at the current point: write the elements around it that are not open yet. */
  private reach(): void {
    let depth = 0;
    for (; depth < this.around.length; depth += 1) {
      const element = this.around[depth]!;
      const current = this.open[depth];
      if (!current) break;
      if (element.written === current) continue;
      if (element.merges?.includes(current.tag) && element.attributes === current.attributes) {
        element.written = current;
        continue;
      }
      break;
    }
    // What is open deeper than the content's place was the last thing there; the content now follows it.
    this.closeFrom(depth);
    for (; depth < this.around.length; depth += 1) {
      const element = this.around[depth]!;
      if (element.attributes === null) throw new UnsupportedDocxModel(`a <${element.tag}> mammoth cannot write`);
      this.flush();
      this.layout.tag(element.tag, false, element.attributes);
      element.written = { tag: element.tag, attributes: element.attributes };
      this.open.push(element.written);
    }
  }
}

const upper = (value: string | null | undefined): string | null => (value ? value.toUpperCase() : null);
const plainParagraphStyles = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);
const plainRunStyles = new Set(['FOOTNOTE REFERENCE', 'ENDNOTE REFERENCE', 'ANNOTATION REFERENCE', 'FOOTNOTE ANCHOR', 'ENDNOTE ANCHOR', 'HYPERLINK']);

/** mammoth compares list levels with ==, and the level is a string ("0"). */
function looselyEquals(value: unknown, expected: number | boolean): boolean {
  return value == expected;
}

/** The elements mammoth's default style map puts around a paragraph, outermost first. */
function paragraphElements(paragraph: DocxElement, messages: DocxMessage[]): HtmlElement[] {
  const id = paragraph.styleId;
  const name = upper(paragraph.styleName);
  for (let level = 1; level <= 6; level += 1) if (id === `Heading${level}`) return [fresh(`h${level}`)];
  for (let level = 1; level <= 6; level += 1) if (name === `HEADING ${level}`) return [fresh(`h${level}`)];
  if (id === 'Heading' || name === 'HEADING') return [fresh('h1')];
  if (name !== null && plainParagraphStyles.has(name)) return [fresh('p')];
  const numbering = paragraph.numbering;
  if (numbering) {
    for (const ordered of [false, true]) {
      for (let level = 0; level < 5; level += 1) {
        if (!looselyEquals(numbering.level, level) || !looselyEquals(numbering.isOrdered, ordered)) continue;
        // "p:ordered-list(3) => ul|ol > li > ul|ol > li > ol > li:fresh"
        const elements: HtmlElement[] = [];
        for (let outer = 0; outer < level; outer += 1) elements.push(joining('ul', ['ul', 'ol']), joining('li'));
        elements.push(joining(ordered ? 'ol' : 'ul'), fresh('li'));
        return elements;
      }
    }
  }
  if (name === 'NORMAL' || id === 'Body' || name === 'BODY') return [fresh('p')];
  if (id) messages.push({ type: 'warning', message: `Unrecognised paragraph style: '${paragraph.styleName}' (Style ID: ${id})` });
  return [fresh('p')];
}

/** The elements mammoth puts around a run, outermost first: its style, then bold, italic, sup or sub, strike. */
function runElements(run: DocxElement, messages: DocxMessage[]): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const name = upper(run.styleName);
  if (name === 'STRONG') elements.push(joining('strong'));
  else if (!(name !== null && plainRunStyles.has(name)) && run.styleId) {
    messages.push({ type: 'warning', message: `Unrecognised run style: '${run.styleName}' (Style ID: ${run.styleId})` });
  }
  if (run.isBold) elements.push(joining('strong'));
  if (run.isItalic) elements.push(joining('em'));
  if (run.verticalAlignment === 'superscript') elements.push(joining('sup'));
  if (run.verticalAlignment === 'subscript') elements.push(joining('sub'));
  if (run.isStrikethrough) elements.push(joining('s'));
  return elements;
}

class ModelWriter {
  readonly stream = new HtmlStream();
  readonly messages: DocxMessage[] = [];
  readonly images: DocxElement[] = [];
  /** Read after the rest, as mammoth reads images after writing everything else. */
  readonly imageErrors: DocxMessage[] = [];
  private readonly noteReferences: DocxElement[] = [];
  private noteNumber = 1;

  constructor(private readonly unreadableImages: ReadonlyMap<DocxElement, unknown>) {}

  document(document: DocxDocument): void {
    this.all(document.children);
    const notes = this.noteReferences.map((reference) => {
      const note = document.notes.resolve(reference);
      if (!note) throw new UnsupportedDocxModel(`${reference.noteType} ${reference.noteId} is referred to but missing`);
      return note;
    });
    this.within([fresh('ol')], () => {
      for (const note of notes) this.note(note);
    });
  }

  private all(elements: DocxElement[] | undefined): void {
    for (const element of elements ?? []) this.element(element);
  }

  /** Walks `inside` with the elements around it, outermost first. */
  private within(elements: HtmlElement[], inside: () => void): void {
    for (const element of elements) this.stream.enter(element);
    inside();
    for (let index = 0; index < elements.length; index += 1) this.stream.leave();
  }

  private element(element: DocxElement): void {
    const stream = this.stream;
    switch (element.type) {
      case 'paragraph':
        this.within(paragraphElements(element, this.messages), () => this.all(element.children));
        break;
      case 'run':
        this.within(runElements(element, this.messages), () => this.all(element.children));
        break;
      case 'text':
        stream.text(element.value ?? '');
        break;
      case 'tab':
        stream.text('\t');
        break;
      case 'hyperlink': {
        const href = element.anchor ? `#${element.anchor}` : element.href;
        const target = element.targetFrame != null ? ` target="${escapeAttribute(element.targetFrame)}"` : '';
        const attributes = href == null ? null : ` href="${escapeAttribute(href)}"${target}`;
        this.within([joining('a', ['a'], attributes)], () => this.all(element.children));
        break;
      }
      case 'checkbox':
        stream.voidElement('input');
        break;
      case 'bookmarkStart':
        this.within([fresh('a', ` id="${escapeAttribute(String(element.name))}"`)], () => stream.force());
        break;
      case 'noteReference': {
        this.noteReferences.push(element);
        const id = `${element.noteType}-${element.noteId}`;
        const anchor = fresh('a', ` href="#${escapeAttribute(id)}" id="${escapeAttribute(`${element.noteType}-ref-${element.noteId}`)}"`);
        this.within([fresh('sup'), anchor], () => stream.text(`[${this.noteNumber++}]`));
        break;
      }
      case 'image':
        this.images.push(element);
        if (this.unreadableImages.has(element)) {
          const error = this.unreadableImages.get(element) as { message?: unknown } | undefined;
          this.imageErrors.push({ type: 'error', message: String(error?.message) });
        } else stream.voidElement('img');
        break;
      case 'table':
        this.table(element);
        break;
      case 'tableRow':
      case 'tableCell':
        // th and td read alike, so header cells need not be told apart.
        this.within([fresh(element.type === 'tableRow' ? 'tr' : 'td')], () => {
          stream.force();
          this.all(element.children);
        });
        break;
      case 'break':
        if (element.breakType === 'line') stream.voidElement('br');
        break;
      default:
      // Comment references (not shown by the default style map) and anything else mammoth does not write.
    }
  }

  private table(table: DocxElement): void {
    const rows = table.children ?? [];
    // Leading header rows go in a <thead>, the rest in a <tbody>; a table with none has neither.
    let body = rows.findIndex((row) => !row.isHeader);
    if (body === -1) body = rows.length;
    this.within([fresh('table')], () => {
      this.stream.force();
      if (body === 0) this.all(rows);
      else {
        this.within([fresh('thead')], () => this.all(rows.slice(0, body)));
        this.within([fresh('tbody')], () => this.all(rows.slice(body)));
      }
    });
  }

  private note(note: DocxElement): void {
    const id = `${note.noteType}-${note.noteId}`;
    this.within([fresh('li', ` id="${escapeAttribute(id)}"`)], () => {
      this.all(note.body);
      // The link back to the reference joins the note's last paragraph.
      this.within([joining('p')], () => {
        this.stream.text(' ');
        this.within([fresh('a', ` href="#${escapeAttribute(`${note.noteType}-ref-${note.noteId}`)}"`)], () => this.stream.text('↑'));
      });
    });
  }
}

/**
 * The text of a document read by mammoth. `unreadableImages` holds the images (from an earlier call's
 * `images`) that could not be read, with their errors: mammoth leaves them out and reports them.
 */
export function docxModelToText(document: DocxDocument, unreadableImages: ReadonlyMap<DocxElement, unknown> = new Map()): DocxModelText {
  const writer = new ModelWriter(unreadableImages);
  writer.document(document);
  return { text: writer.stream.finish(), messages: [...writer.messages, ...writer.imageErrors], images: writer.images };
}
