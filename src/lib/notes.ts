/** The numbered notes of a page: each distinct (source, locator) pair the page cites, in the order it first appears. */
import { allCitations, type PlainEntry } from './refs';

export interface Note {
  n: number;
  source: string;
  at: string;
}

export function collectNotes(entry: Pick<PlainEntry, 'data' | 'body'>): Note[] {
  const notes: Note[] = [];
  for (const c of allCitations(entry)) {
    if (!notes.some((n) => n.source === c.source && n.at === c.at)) notes.push({ n: notes.length + 1, source: c.source, at: c.at });
  }
  return notes;
}

export function noteNumber(notes: Note[], source: string, at: string): number | undefined {
  return notes.find((n) => n.source === source && n.at === at)?.n;
}
