/** /zh/feed.xml: the feed of changes in Chinese (see ../feed.xml.ts). */
import type { APIRoute } from 'astro';
import { feed } from '../feed.xml';

export const GET: APIRoute = () => feed('zh');
