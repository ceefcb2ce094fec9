/**
 * Rollup plugin: removes the indentation and comments inside our own css`` and html`` templates,
 * which terser leaves alone. Whitespace with a line break becomes one space (HTML renders it the
 * same); templates passed to msg() are untouched, since their text is a translation's key.
 */
export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const edits = [];
      const visit = (node, inMsg) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && !inMsg && ['css', 'html'].includes(node.tag.name)) {
          const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
          for (const quasi of node.quasi.quasis)
            edits.push([quasi.start, quasi.end, minify(code.slice(quasi.start, quasi.end))]);
        }
        const isMsg = node.type === 'CallExpression' && node.callee.name === 'msg';
        for (const value of Object.values(node)) {
          for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child === 'object') visit(child, inMsg || isMsg);
          }
        }
      };
      visit(this.parse(code), false);
      if (!edits.length) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}

const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    // Our CSS quotes no ': ' (`content` strings): the space after a colon is the declarations'.
    .replace(/: /g, ':')
    // `calc(var(--_space) * 0.5)`: only + and - need spaces; a selector's ` * ` is left alone.
    .replace(/([\d)]) \* (?=\d|\.\d|var\()/g, '$1*')
    .replace(/;}/g, '}');

const minifyHtml = (html) => html.replace(/\s*\n\s*/g, ' ');
