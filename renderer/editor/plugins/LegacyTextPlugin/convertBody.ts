import { $getNodeByKey, $getRoot, $isTextNode, type NodeKey, type TextNode } from 'lexical';
import { convertLegacy, detectLegacy, hasUnicodeOnlyLetters } from '../../../../shared/text/legacy';
import type { LegacyFinding } from './legacyClipboard';

/**
 * Converts the legacy stretches of the given text nodes (those a paste made or changed) to Unicode.
 * A pasted run is found in its node and only it changes, so text the reporter had in the same
 * paragraph stays as it was. A node none of whose runs is found (the import reshaped it) is
 * converted whole when its words read as legacy and it holds no Unicode-only letter. Without nodes: the whole body, node by node, by
 * its words. Returns how many nodes changed.
 */
export function $convertLegacyText(finding: LegacyFinding, keys: ReadonlySet<NodeKey> | null): number {
  const nodes: TextNode[] = keys
    ? [...keys]
        .map((key) => $getNodeByKey(key))
        .filter((node): node is TextNode => $isTextNode(node) && node.isAttached())
    : $getRoot().getAllTextNodes();
  const runs = [...finding.runs].sort((a, b) => b.text.length - a.text.length);
  let changed = 0;
  for (const node of nodes) {
    const before = node.getTextContent();
    let text = before;
    for (const run of runs) {
      const converted = convertLegacy(run.text, run);
      if (converted !== run.text) text = text.split(run.text).join(converted);
    }
    // Whole nodes only when all of it can be legacy: a paragraph that also holds Unicode Vietnamese
    // (the reporter's own words beside an old import) is left for the selection command.
    if (text === before && !hasUnicodeOnlyLetters(before) && detectLegacy(before)?.encoding === finding.encoding)
      text = convertLegacy(before, { encoding: finding.encoding, caps: false });
    if (text !== before) {
      node.setTextContent(text);
      changed++;
    }
  }
  return changed;
}

/** Converts the selected text: the encoding its words show, TCVN3 when they show none. */
export function $convertSelectedNodes(nodes: TextNode[]): number {
  const encoding = detectLegacy(nodes.map((node) => node.getTextContent()).join(' '))?.encoding ?? 'tcvn3';
  let changed = 0;
  for (const node of nodes) {
    const before = node.getTextContent();
    const text = convertLegacy(before, { encoding, caps: false });
    if (text !== before) {
      node.setTextContent(text);
      changed++;
    }
  }
  return changed;
}
