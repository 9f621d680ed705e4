// Small timing helpers shared by the benchmarks: warm up, then time a fixed number of operations.
export interface Figure {
  name: string;
  operations: number;
  seconds: number;
  perSecond: number;
}

export async function measure(
  name: string,
  operations: number,
  operation: (i: number) => Promise<unknown>,
): Promise<Figure> {
  for (let i = 0; i < Math.min(50, operations); i++) await operation(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < operations; i++) await operation(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, operations, seconds: round(seconds), perSecond: round(operations / seconds) };
}

export const round = (value: number) => Math.round(value * 100) / 100;
