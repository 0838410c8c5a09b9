// Parses a Mermaid diagram read from stdin with mermaid's own parser; exit 0 when it is accepted.
// mermaid needs a DOM (DOMPurify) even to parse, so jsdom provides one.
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
let text = '';
process.stdin.setEncoding('utf8');
for await (const c of process.stdin) text += c;
// --large: raise the edge and size limits as a site embedding Mermaid can (a diagram cannot).
if (process.argv.includes('--large')) {
  mermaid.initialize({ maxEdges: 1000000, maxTextSize: 100000000 });
}
try {
  const r = await mermaid.parse(text);
  console.log('OK ' + JSON.stringify(r));
} catch (e) {
  console.error('PARSE ERROR: ' + (e && e.message ? e.message : e));
  process.exit(1);
}
