// Node tests that work the same in browsers, linkedom and happy-dom (no `instanceof`: each DOM has
// its own classes).

export function isDocument(node: Node): node is Document {
  return node.nodeType === 9;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
