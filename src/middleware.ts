/** Sets the interface language of each page from its address: pages under `/zh/` are Chinese, the rest English. */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './i18n/locales';
import { stripBase } from './lib/links';
import { BASE } from './lib/site';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.locale = localeOfPath(stripBase(BASE, context.url.pathname));
  return next();
});
