/**
 * JSON with object keys sorted at every depth, so the same event always hashes the same
 * whatever order its fields were built in. `undefined` fields are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
    }
    return sorted;
  }
  return value;
}

/**
 * canonicalJson of a flat table row read raw (its values in `columns` order), without building the
 * row object and a sorted copy of it: the keys are sorted once, as canonicalJson sorts them. Null
 * when the names would make JSON.stringify reorder them (an integer-like name is always written
 * first), repeat, or be `__proto__` (which sortKeys's copy does not keep as a key); a row holding a non-primitive value (a BLOB's Buffer) is written by canonicalJson.
 */
export function canonicalRowWriter(columns: readonly string[]): ((values: readonly unknown[]) => string) | null {
  if (new Set(columns).size !== columns.length || columns.some((name) => /^(0|[1-9]\d*)$/.test(name) || name === '__proto__')) return null;
  const order = columns.map((name, index) => ({ name, index })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const keys = order.map(({ name }, k) => `${k === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  return (values) => {
    let json = '';
    for (let k = 0; k < order.length; k += 1) {
      const value = values[order[k]?.index ?? -1];
      if (value !== null && typeof value !== 'string' && typeof value !== 'number')
        return canonicalJson(Object.fromEntries(columns.map((name, i) => [name, values[i]])));
      json += `${keys[k] ?? ''}${JSON.stringify(value)}`;
    }
    return order.length === 0 ? '{}' : `${json}}`;
  };
}
