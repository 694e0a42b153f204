/** The search page: runs the query in the URL, keeps the URL in step with the form, so every search can be linked. */
import { parseSearchParams, toSearchParams, type SearchRequest } from '../../lib/search-view';
import { loadPagefind, search } from './engine';
import { renderResults } from './render';
import { countText, say } from './strings';

const SHOWN = 30;
let form: HTMLFormElement;
let list: HTMLElement;
let status: HTMLElement;

function readForm(): SearchRequest {
  return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(req: SearchRequest): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = req.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) box.checked = req.kind.includes(box.value);
  (form.elements.namedItem('agency') as HTMLSelectElement).value = req.agency;
  (form.elements.namedItem('year') as HTMLSelectElement).value = req.year;
}

async function run(): Promise<void> {
  const req = readForm();
  const query = toSearchParams(req).toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  if (!req.q) {
    list.replaceChildren();
    status.textContent = say('search.prompt');
    return;
  }
  status.textContent = say('search.searching');
  const found = await search(req, SHOWN);
  if (!found || readForm().q !== req.q) return;
  renderResults(list, found.views);
  const shown = found.total > SHOWN ? say('search.firstShown', { count: SHOWN }) : '';
  status.textContent = found.total ? `${countText(found.total, req.q)}${shown}` : say('search.none', { query: req.q });
}

/** Fills the form from the URL and runs the search (the form is in the HTML, shown only where scripting is on). */
export function startPage(): void {
  form = document.querySelector<HTMLFormElement>('#search-form')!;
  list = document.querySelector<HTMLElement>('#search-results')!;
  status = document.querySelector<HTMLElement>('#search-status')!;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('input', () => void run());
  fillForm(parseSearchParams(new URLSearchParams(location.search)));
  void loadPagefind().then(run);
}
