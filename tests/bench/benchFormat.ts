/** One benchmark figure, the way every Newsdesk bench prints it. */
export function benchLine(name: string, value: number, unit: string, reference: number, refName: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const line = `BENCH ${name} ${value.toFixed(digits)} ${unit} ratio=${(value / reference).toFixed(2)} ref=${refName}`;
  console.log(line);
  return line;
}

/** Median of n timed runs of fn, in milliseconds. */
export async function medianMs(n: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
