/** Draws result rows with DOM calls; only the excerpt, already reduced to text plus <mark>, is set as HTML. */
import type { ResultView } from '../../lib/search-view';
import { say } from './strings';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A result's second name is the other language's: Chinese on an English page, English on a Chinese one. */
const SECOND_NAME_LANG = document.documentElement.lang.startsWith('zh') ? 'en' : 'zh-Hans';

export function renderResults(list: HTMLElement, views: ResultView[]): void {
  list.replaceChildren(
    ...views.map((v) => {
      const title = el('a', { href: v.href, className: 'result-title' }, v.title);
      const head = el('p', { className: 'result-head' }, el('span', { className: 'result-kind' }, v.kind), ' ', title);
      if (v.nameZh) head.append(' ', el('span', { lang: SECOND_NAME_LANG, className: 'result-zh' }, v.nameZh));
      const excerpt = el('p', { className: 'result-excerpt' });
      excerpt.innerHTML = v.excerptHtml;
      const item = el('li', { className: 'search-result' }, head);
      if (v.note) item.append(el('p', { className: 'result-note' }, v.note));
      if (v.excerptHtml) item.append(excerpt);
      if (v.sections.length) {
        item.append(
          el(
            'ul',
            { className: 'result-sections', ariaLabel: say('search.sectionsOf', { title: v.title }) },
            ...v.sections.map((s) => el('li', {}, el('a', { href: s.href }, s.title))),
          ),
        );
      }
      return item;
    }),
  );
}
