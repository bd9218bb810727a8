import type { WpTerm } from './answers';

/**
 * Categories and tag ids of one site, kept a few minutes between tries: on a bad network every
 * retry would otherwise list them again. Safe because WordPress's answer is checked anyway — an
 * id deleted meanwhile comes back missing, and `forget()` makes the next try look again.
 */
export class WordPressTermCache {
  private categories: { at: number; list: WpTerm[] } | null = null;
  private readonly tags = new Map<string, number>();
  /** Whether this send took anything from the cache (a missing id then means "look again"). */
  used = false;

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly now = () => Date.now(),
  ) {}

  async categoriesOf(load: () => Promise<WpTerm[]>): Promise<WpTerm[]> {
    if (this.categories && this.now() - this.categories.at < this.ttlMs) {
      this.used = true;
      return this.categories.list;
    }
    const list = await load();
    this.categories = { at: this.now(), list };
    return list;
  }

  tag(keyword: string): number | undefined {
    const id = this.tags.get(keyword);
    if (id !== undefined) this.used = true;
    return id;
  }

  rememberTag(keyword: string, id: number) {
    this.tags.set(keyword, id);
  }

  forget() {
    this.categories = null;
    this.tags.clear();
  }
}
