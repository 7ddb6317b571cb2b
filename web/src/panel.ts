/** The side panel: opens with a heading and content, moves focus into itself, closes on Esc or ×. */
import { append, byId, h } from './dom.ts';

export class Panel {
  private readonly root = byId('panel');
  private readonly body = byId('panel-body');
  private returnFocus: HTMLElement | null = null;
  onClose: () => void = () => {};

  constructor() {
    byId('panel-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.root.hidden) {
        e.preventDefault();
        this.close();
      }
    });
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  open(title: string, ...content: (Node | null)[]): void {
    if (this.root.hidden) this.returnFocus = document.activeElement as HTMLElement | null;
    this.body.replaceChildren();
    const heading = h('h2', { id: 'panel-title', tabindex: '-1' }, title);
    append(this.body, heading, ...content);
    this.root.hidden = false;
    this.root.scrollTop = 0;
    heading.focus();
  }

  /** Show a loading line while data arrives. */
  loading(title: string): void {
    this.open(title, h('p', { class: 'muted' }, 'Loading…'));
  }

  close(): void {
    if (this.root.hidden) return;
    this.root.hidden = true;
    this.body.replaceChildren();
    this.onClose();
    this.returnFocus?.focus();
  }
}
