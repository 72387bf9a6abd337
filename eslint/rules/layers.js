// @ts-check
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { builtinLayers, layerOf, mayImportFrom, packageLayers, transitiveLayers } from '../layers.js';

const builtins = new Set(builtinModules);
const root = resolve(import.meta.dirname, '../..');
const table = { ...packageLayers, ...transitiveLayers };

/** `@scope/name/sub` → `@scope/name`; `name/sub?url` → `name`. */
function packageName(specifier) {
  const bare = specifier.split('?')[0] ?? specifier;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
}

const toPosix = (path) => path.split('\\').join('/');

/**
 * What layer `from` may not reach with `specifier`, as a message; null when the import is allowed.
 * @param {import('../layers.js').Layer} from
 * @param {string} file absolute path of the importing file
 * @param {string} specifier
 */
export function refusal(from, file, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = toPosix(relative(root, resolve(dirname(file), specifier.split('?')[0] ?? specifier)));
    const to = layerOf(target);
    if (to === null && from !== 'test') return `${from} may not import '${specifier}': it is outside every layer.`;
    if (to !== null && !mayImportFrom[from].includes(to)) {
      return `${from} may not import ${to} ('${specifier}'); ${from} may import ${mayImportFrom[from].join(', ')}.`;
    }
    return null;
  }
  if (specifier.startsWith('node:') || builtins.has(packageName(specifier))) {
    return builtinLayers.includes(from) ? null : `${from} has no Node built-ins ('${specifier}').`;
  }
  const name = packageName(specifier);
  const layers = table[name];
  if (layers === undefined) return `'${name}' is not classified: add it to eslint/layers.js with the layers that may import it.`;
  if (layers.length === 0) return `'${name}' is a type package: the compiler finds it, import the package it describes.`;
  return layers.includes(from) ? null : `${from} may not import '${name}' (allowed in ${layers.join(', ')}).`;
}

/** The string a module reference names, or null when it is computed at run time. */
function literal(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only its own layers and the packages classified for it (eslint/layers.js).' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(toPosix(relative(root, file)));
    if (from === null) return {};

    /** @param {any} node @param {any} source */
    function check(node, source) {
      const specifier = literal(source);
      if (specifier === null) {
        // Tests may build paths (workers, fixtures); app code names what it loads, so the check can see it.
        if (from !== 'test') context.report({ node, message: `${from}: a module loaded by a computed name cannot be checked; name it.` });
        return;
      }
      const message = refusal(from, file, specifier);
      if (message !== null) context.report({ node, message });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      /** @param {any} node `import x = require('…')` */
      TSExternalModuleReference: (node) => check(node, node.expression),
      /** @param {any} node `typeof import('…')` and `import('…').T` */
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isResolve =
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'require' &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'resolve';
        if (isRequire || isResolve) check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
