declare namespace App {
  interface Locals {
    /** The numbered notes of the page being rendered; set by the entity page, read by <Cite>. */
    notes?: import('./lib/notes').Note[];
  }
}
