// Money as both faces show it: four decimals below a dollar (agent calls cost fractions of a cent).
export function formatUsd(amount: number): string {
  return `$${amount < 1 ? amount.toFixed(4) : amount.toFixed(2)}`;
}
