/** The value a map holds for a key, made and stored by `make` the first time it is asked for. */
export function getOrCreate<K, V>(
  map: {get(key: K): V | undefined; set(key: K, value: V): unknown},
  key: K,
  make: (key: K) => V
): V {
  let value = map.get(key)
  if (value === undefined) {
    value = make(key)
    map.set(key, value)
  }
  return value
}

/** The list a record holds for a key, made empty the first time. */
export function listIn<T>(record: Record<string, T[]>, key: string): T[] {
  const list = record[key]
  if (list) return list
  const made: T[] = []
  record[key] = made
  return made
}
