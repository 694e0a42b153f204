/**
 * The only script on every page: `/` focuses the header search box, and the search code is fetched when the
 * reader shows intent (focus or typing there), never with the page. The language switch keeps the reader's place:
 * anchors are the same in both languages, so the #fragment is carried over when it is followed.
 */
// A click (or Enter) on the switch fires before the browser follows it: the anchor goes along.
addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.<HTMLAnchorElement>('a[data-keep-hash]');
  if (a) a.hash = location.hash;
});
const input = document.querySelector<HTMLInputElement>('#site-search-q');
if (input) {
  let ui: Promise<void> | undefined;
  const wake = () => (ui ??= import('./search').then((m) => m.attach(input)));
  input.addEventListener('focus', wake, { once: true });
  input.addEventListener('input', wake, { once: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if ((e.target as HTMLElement).closest?.('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    input.focus();
  });
}
