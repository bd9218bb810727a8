import { z } from 'zod';
import { syncError } from '../failure';
import { failureOfAnswer, wpErrorOf, type Query, type WordPressHttp } from './http';

const PER_PAGE = 100;
/** A site with more than 5,000 matching items is not one a search is the right tool for. */
const MAX_PAGES = 50;

/**
 * Every item of a list, page by page until a short page. Not by `X-WP-Total`: it counts items the
 * user may not see (others' drafts), so paging by it would ask for pages that come back empty.
 */
export async function listAll<S extends z.ZodType>(
  http: WordPressHttp,
  schema: S,
  route: string,
  { query = {}, signal }: { query?: Query; signal?: AbortSignal } = {},
): Promise<z.infer<S>[]> {
  const page = z.array(schema);
  const all: z.infer<S>[] = [];
  for (let n = 1; n <= MAX_PAGES; n++) {
    const answer = await http.request(route, { query: { ...query, per_page: PER_PAGE, page: n }, signal });
    // Exactly 100 items: the page after them does not exist, and WordPress says so with a 400.
    if (n > 1 && answer.status === 400 && wpErrorOf(answer)?.code.endsWith('_invalid_page_number')) break;
    if (answer.status !== 200) throw failureOfAnswer(answer);
    const items = page.safeParse(answer.body);
    if (!items.success) throw syncError('bad_answer', 'permanent', { status: answer.status });
    all.push(...items.data);
    if (items.data.length < PER_PAGE) break;
  }
  return all;
}
