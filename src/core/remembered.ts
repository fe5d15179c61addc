// Pure functions of a string that the rules ask the same question many times (a page links the same
// URLs again and again): their answers are remembered, up to a limit, then all forgotten at once.

/** `compute` with its answers remembered (null and undefined answers too), at most `limit` of them. */
export function remembered<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    if (answers.size >= limit) answers.clear();
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}
