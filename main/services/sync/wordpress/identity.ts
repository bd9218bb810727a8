import type { WpUser } from './answers';

/**
 * Who the Application Password belongs to, checked with `GET /users/me` and then trusted while
 * sends keep getting through. That check is the only trustworthy credential test (a list answers
 * 200 as anonymous on a bad password) and the cheapest place to meet a Wi-Fi sign-in page, so it
 * runs before the first send, after any failed try, after a new password and after a quiet
 * while (one object per site, user and password); in between, a desk sending a hundred stories does not ask a hundred times. A password
 * revoked meanwhile does no harm: every write and every `context=edit` lookup then answers 401.
 */
export class WordPressIdentity {
  private known: { user: WpUser; at: number } | null = null;

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly now = () => Date.now(),
  ) {}

  /** The user behind the credentials this object stands for: remembered, or checked now. */
  async of(check: () => Promise<WpUser>): Promise<WpUser> {
    if (this.known && this.now() - this.known.at < this.ttlMs) return this.known.user;
    this.known = null;
    const user = await check();
    this.known = { user, at: this.now() };
    return user;
  }

  /** A try failed: the next one checks again (the network or the password may have changed). */
  forget(): void {
    this.known = null;
  }
}
