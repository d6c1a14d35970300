// Disjoint sets over 0..n-1 (path halving + union by size).

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly sizes: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.sizes = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.sizes[rootA] < this.sizes[rootB]) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.sizes[rootA] += this.sizes[rootB];
  }

  /** Sets with at least `minSize` members, members ascending, sets ordered by first member. */
  groups(minSize = 1): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let x = 0; x < this.parent.length; x++) {
      const root = this.find(x);
      if (this.sizes[root] < minSize) continue;
      const members = byRoot.get(root);
      if (members) members.push(x);
      else byRoot.set(root, [x]);
    }
    return [...byRoot.values()];
  }
}
