import { bullets, code, codeBlock, codeLink, details, escapeHtml, escapeMarkdown, heading, link, table } from '../../src/report/markdown.js';

describe('table', () => {
  it('renders a GFM table with alignment', () => {
    expect(table(['rule', 'count'], [['js/sqli', 3], ['js/xss', 12]], ['left', 'right'])).toBe(
      ['| rule | count |', '| :--- | ---: |', '| js/sqli | 3 |', '| js/xss | 12 |'].join('\n'),
    );
  });

  it('escapes pipes and turns line breaks into <br> so a cell cannot end its row', () => {
    const rendered = table(['message'], [['a | b\nc\r\nd']]);
    expect(rendered.split('\n')[2]).toBe('| a \\| b<br>c<br>d |');
    // Already-escaped pipes (from escapeMarkdown) are not escaped twice.
    expect(table(['m'], [[escapeMarkdown('x|y')]]).split('\n')[2]).toBe('| x\\|y |');
  });

  it('pads short rows and keeps empty cells visible', () => {
    expect(table(['a', 'b', 'c'], [['1'], []], ['center'])).toBe(
      ['| a | b | c |', '| :---: | --- | --- |', '| 1 |   |   |', '|   |   |   |'].join('\n'),
    );
  });

  it('refuses tables without headers or with rows wider than the headers', () => {
    expect(() => table([], [])).toThrow('at least one header');
    expect(() => table(['a'], [['1', '2']])).toThrow('row 1 has 2 cells but there are 1 headers');
  });
});

describe('inline helpers', () => {
  it('heading keeps to one line', () => {
    expect(heading('Security gate')).toBe('## Security gate');
    expect(heading('Two\nlines', 4)).toBe('#### Two lines');
  });

  it('details escapes its summary and leaves blank lines so the body renders as Markdown', () => {
    expect(details('Findings <12>', '| a |\n')).toBe(
      '<details><summary>Findings &lt;12&gt;</summary>\n\n| a |\n\n</details>',
    );
  });

  it('codeLink shows its text as code inside the link (link(code(x)) would escape the backticks)', () => {
    expect(codeLink('c1a3719', 'https://github.com/o/r/commit/c1a3719')).toBe('[`c1a3719`](https://github.com/o/r/commit/c1a3719)');
    expect(link(code('c1a3719'), 'https://x')).toBe('[\\`c1a3719\\`](https://x)');
  });

  it('code chooses a fence longer than any backtick run', () => {
    expect(code('npm test')).toBe('`npm test`');
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('two\nlines')).toBe('`two lines`');
  });

  it('codeBlock fences longer than fences inside', () => {
    expect(codeBlock('x = 1\n', 'py')).toBe('```py\nx = 1\n```');
    expect(codeBlock('```\ninner\n```')).toBe('````\n```\ninner\n```\n````');
  });

  it('link escapes the text and encodes characters that would end the URL', () => {
    expect(link('run *42*', 'https://github.com/o/r/actions/runs/42')).toBe(
      '[run \\*42\\*](https://github.com/o/r/actions/runs/42)',
    );
    expect(link('a', 'https://x.test/a b(c)')).toBe('[a](https://x.test/a%20b%28c%29)');
  });

  it('escapeMarkdown neutralizes formatting, links, HTML and block starts', () => {
    expect(escapeMarkdown('*bold* _it_ `code` [x](y) <b> ~s~ a|b &amp; \\')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\<b\\> \\~s\\~ a\\|b \\&amp; \\\\',
    );
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not ordered\nfine-text 1.5')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not ordered\nfine-text 1.5',
    );
  });

  it('bullets keeps multi-line items inside their bullet', () => {
    expect(bullets(['one', 'two\nmore'])).toBe('- one\n- two\n  more');
  });

  it('escapeHtml escapes the HTML specials', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
