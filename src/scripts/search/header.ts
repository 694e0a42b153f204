/** Live results under the header search box: the first few hits, and a link to the full search page. */
import { toSearchParams } from '../../lib/search-view';
import { preloadNames, search } from './engine';
import { renderResults } from './render';
import { countText, say } from './strings';

const SHOWN = 5;

export function attach(input: HTMLInputElement): void {
  const form = input.form!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const list = panel.querySelector<HTMLElement>('ol')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const all = panel.querySelector<HTMLAnchorElement>('.search-all')!;
  const close = () => (panel.hidden = true);

  const run = async () => {
    const q = input.value.trim();
    if (!q) return close();
    const found = await search({ q, kind: [], agency: '', year: '' }, SHOWN, true);
    if (!found || input.value.trim() !== q) return; // superseded by a newer keystroke
    if (found.tooShort) return close();
    renderResults(list, found.views);
    status.textContent = found.total ? countText(found.total) : say('search.none', { query: q });
    all.href = `${form.action}?${toSearchParams({ q, kind: [], agency: '', year: '' })}`;
    // Rows from the names index alone: the full text may hold more, so the link to every result stays.
    all.hidden = !found.namesOnly && found.total <= SHOWN;
    panel.hidden = false;
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) close();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node)) close();
  });
  // Focus is intent: fetch the names index now (Pagefind only when a query needs the full text).
  void preloadNames().then(() => (input.value.trim() ? run() : undefined));
}
