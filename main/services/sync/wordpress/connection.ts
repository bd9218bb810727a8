import type { TargetCheck } from '../../../../shared/contract/sync';
import { SyncError, syncError } from '../failure';
import { WpIndexSchema, WpUserSchema, type WpUser } from './answers';
import { failureOfAnswer, type WordPressHttp } from './http';
import { listCategories } from './terms';

/**
 * Who the Application Password belongs to. The only trustworthy credential check: with a wrong
 * password a post list answers 200 as anonymous, and `/users/me` 401 `rest_not_logged_in`.
 */
export async function whoAmI(http: WordPressHttp, signal?: AbortSignal): Promise<WpUser> {
  const answer = await http.request('/wp/v2/users/me', { query: { context: 'edit' }, signal });
  if (answer.status === 401 || answer.status === 403) {
    throw syncError('auth_rejected', 'permanent', { status: answer.status });
  }
  if (answer.status !== 200) throw failureOfAnswer(answer);
  const user = WpUserSchema.safeParse(answer.body);
  if (!user.success) throw syncError('bad_answer', 'permanent', { status: 200 });
  return user.data;
}

const failed = (code: TargetCheck['code'], error: unknown): TargetCheck => {
  if (error instanceof SyncError) return { code, ok: false, failure: error.failure };
  return { code, ok: false, failure: { code: 'internal', detail: {} } };
};

/**
 * "Test connection": the address answers as a WordPress REST API, the password is accepted, the
 * account may upload photos and create posts, and which categories exist. Each line stands on
 * its own; a line that cannot be checked because an earlier one failed is not reported.
 */
export async function testWordPress(http: WordPressHttp, signal?: AbortSignal): Promise<TargetCheck[]> {
  const checks: TargetCheck[] = [];
  try {
    const index = await http.index(signal);
    const site = WpIndexSchema.safeParse(index.body);
    if (index.status !== 200 || !site.success || !site.data.namespaces.includes('wp/v2')) {
      throw syncError('bad_answer', 'permanent', { status: index.status });
    }
    checks.push({ code: 'reachable', ok: true });
  } catch (error) {
    return [failed('reachable', error)];
  }
  let me: WpUser;
  try {
    me = await whoAmI(http, signal);
    checks.push({ code: 'credentials', ok: true });
  } catch (error) {
    return [...checks, failed('credentials', error)];
  }
  const may = (capability: string) => me.capabilities[capability] === true;
  const forbidden = { code: 'forbidden', detail: {} } as const;
  checks.push(
    may('upload_files') ? { code: 'can_upload', ok: true } : { code: 'can_upload', ok: false, failure: forbidden },
  );
  // Draft and pending posts need edit_posts; publish_posts is not asked for.
  checks.push(
    may('edit_posts') ? { code: 'can_create', ok: true } : { code: 'can_create', ok: false, failure: forbidden },
  );
  try {
    const categories = await listCategories(http, signal);
    checks.push({ code: 'categories', ok: categories.length > 0, names: categories.map((c) => c.name).slice(0, 500) });
  } catch (error) {
    checks.push(failed('categories', error));
  }
  return checks;
}
