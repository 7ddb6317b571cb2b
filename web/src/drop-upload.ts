/** Drag & drop of article files (.txt, .html, .json) anywhere on the page; each is POSTed to /api/articles. */
import { api } from './api.ts';
import { byId, toast } from './dom.ts';

const ACCEPTED = /\.(txt|html?|json|jsonl)$/i;

export function setupDrop(onLoaded: () => void): void {
  const overlay = byId('drop');
  let depth = 0;
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      overlay.hidden = true;
    }
  });
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener('drop', async (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(e.dataTransfer?.files ?? [])];
    const accepted = files.filter((f) => ACCEPTED.test(f.name));
    if (!accepted.length) return toast('Only .txt, .html and .json files can be added.');
    let added = 0;
    const errors: string[] = [];
    for (const file of accepted) {
      try {
        const r = await api.upload(await file.text(), file.name);
        if (r.outcome !== 'unchanged') added++;
      } catch (err) {
        errors.push(`${file.name}: ${(err as Error).message}`);
      }
    }
    toast(errors.length ? `Added ${added}; failed: ${errors.join('; ')}` : `Added ${added} article(s).`);
    if (added) onLoaded();
  });
}
