/** The dataset download routes' shared paths; the rows and credit come from src/data/datasets.ts. */
import { loadCorpus } from '../../data/corpus';

export async function datasetPaths() {
  return (await loadCorpus()).byKind('datasets').map((e) => ({ params: { id: e.id } }));
}
