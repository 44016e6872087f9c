import { describe, expect, it } from 'vitest';
import { htmlToText, readHtmlPage } from '../../src/load/html-to-text.js';

describe('htmlToText tables', () => {
  it('keeps a row on one line with the cell paragraphs right after the label', () => {
    const html = '<table><tr><td><p>Label</p></td><td><p>First</p><p>Second</p></td></tr><tr><td><p>Next</p></td><td><p>Value</p></td></tr></table><p>After</p>';
    expect(htmlToText(html)).toBe('Label\tFirst\nSecond\nNext\tValue\n\nAfter');
  });
  it('makes a merged full-width row a block of its own', () => {
    const html = '<table><tr><td>Date</td><td>8 July</td></tr><tr><td colspan="2"><p>Narrative one.</p><p>Two.</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Date\t8 July\n\nNarrative one.\nTwo.');
  });
  it('closes cells and rows whose end tags are left out', () => {
    expect(htmlToText('<table><tr><td>A<td>B<tr><td>C<td>D</table>')).toBe('A\tB\nC\tD');
  });
  it('keeps link targets inside cells', () => {
    expect(htmlToText('<table><tr><td>Link</td><td><a href="https://example.org/x">statement</a></td></tr></table>')).toBe('Link\tstatement (https://example.org/x)');
  });
});

// Pages as HTML5 lets them be written, and as a hostile page writes them: read with an HTML5 parser, as a browser
// reads them. Each failed with the regular-expression reader, most as "the file contains no text".
describe('htmlToText on pages HTML5 lets leave things out', () => {
  it.each([
    ['no </head>', '<!doctype html><html><head><title>Breach</title><meta charset="utf-8"><p>Name of producer\tOffice</p>', 'Name of producer Office'],
    ['no <head> or <body> at all', '<title>T</title><h2>Core information</h2><p>Office', 'Core information\n\nOffice'],
    ['an unclosed <footer> before the report', '<body><footer>Site links<main><h2>Report</h2><p>Text</p></main></body>', 'Site links\n\nReport\n\nText'],
    ['an unclosed <nav> before the report', '<body><nav><a href="/">Home</a><article><h2>Report</h2><p>Text', 'Home\n\nReport\n\nText'],
    ['a closed <nav> and <footer> around it', '<nav>Menu</nav><main><p>Report</p></main><footer>Cookies</footer>', 'Report'],
    ['paragraphs and items whose end tags are left out', '<p>One<p>Two<ul><li>A<li>B</ul>', 'One\n\nTwo\n\n- A\n\n- B'],
    ['a stray end tag and a comment', '<p>One</span><!-- note --> two</div></p>', 'One two'],
    ['entities, named and numeric', '<p>Si&acirc;n &amp; co &#8211; 9&#x2E;30am</p>', 'Siân & co – 9.30am'],
    ['a script whose text holds a closing tag', '<p>Before</p><script>var s = "</p><p>not shown";</script><p>After</p>', 'Before\n\nAfter'],
    ['CDATA outside foreign content (a bogus comment)', '<p>A<![CDATA[ hidden ]]>B</p>', 'AB'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads a page nested 100,000 elements deep without overflowing the stack', () => {
    const html = `${'<div>'.repeat(100_000)}<p>Deep report</p>${'</div>'.repeat(100_000)}`;
    expect(htmlToText(html)).toBe('Deep report');
  });
});

describe('readHtmlPage on a saved web page', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    ['only the <main>, when there is one', page('', '<header>Site</header><main><h2>Report</h2><p>Text</main><footer>Footer</footer>'), 'Report\n\nText'],
    ['the <article> when there is no <main>', page('', '<div>Menu</div><article><h2>Report</h2><p>Text</article><div>Aside</div>'), 'Report\n\nText'],
    ['of several articles, the one with the report\'s structure', page('', '<article><p>Related news</article><article><h2>1. Core</h2><table><tr><td>A<td>B</table></article>'), '1. Core\n\nA\tB'],
    ['without a cookie banner named by its class', page('', '<div class="cookie-banner"><p>We use cookies</div><h2>Report</h2>'), 'Report'],
    ['without landmarks of the site', page('', '<div role="navigation">Menu</div><div role="search">Search</div><h2>Report</h2>'), 'Report'],
    ['without hidden blocks', page('', '<div hidden>Hidden</div><p aria-hidden="true">Icon</p><h2>Report</h2>'), 'Report'],
    ['without a skip link and breadcrumbs', page('', '<a class="skip-link" href="#m">Skip</a><ol class="breadcrumbs"><li>Home</ol><h2>Report</h2>'), 'Report'],
    ['keeping a block named like chrome that holds the report', page('', '<div class="banner"><h2>Report</h2><p>Text</div>'), 'Report\n\nText'],
  ])('reads %s', (_name, html, text) => {
    expect(readHtmlPage(html).text).toBe(text);
  });

  it.each([
    [
      'a canonical link, Open Graph and a publication time',
      '<title>Breach  report\n</title><link rel="canonical" href="https://example.org/b/1"><meta property="article:published_time" content="2022-03-04T09:30:00Z">',
      { title: 'Breach report', url: 'https://example.org/b/1', published: '2022-03-04T09:30:00Z' },
    ],
    ['og:url and og:title only', '<meta property="og:url" content="https://example.org/b/2"><meta property="og:title" content="OG">', { title: 'OG', url: 'https://example.org/b/2', published: null }],
    ['Dublin Core', '<meta name="DCTERMS.issued" content="2019-01-02">', { title: null, url: null, published: '2019-01-02' }],
    ['a relative canonical link, which names no address', '<link rel="canonical" href="/b/3">', { title: null, url: null, published: null }],
  ])('gives %s', (_name, head, metadata) => {
    expect(readHtmlPage(page(head, '<p>x')).metadata).toEqual(metadata);
  });

  it('takes the first <time datetime> when the head gives no date', () => {
    expect(readHtmlPage(page('', '<p>Published <time datetime="2020-05-06">6 May 2020</time>')).metadata.published).toBe('2020-05-06');
  });
});
