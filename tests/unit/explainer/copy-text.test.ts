import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../lib/explainer/copy-text';

function fakeField() {
  return {
    value: '',
    style: {} as Record<string, string>,
    setAttribute: vi.fn(),
    select: vi.fn(),
    remove: vi.fn(),
  };
}

describe('copyText', () => {
  it('uses the Clipboard API when there is one', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyText('hello', { clipboard: { writeText } })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to a temporary field and execCommand, and removes the field', async () => {
    const field = fakeField();
    const append = vi.fn();
    const document = { createElement: vi.fn(() => field), execCommand: vi.fn(() => true) };
    const copied = await copyText('hello', {
      clipboard: { writeText: async () => Promise.reject(new Error('denied')) },
      container: { append },
      document: document as unknown as Document,
    });
    expect(copied).toBe(true);
    expect(field.value).toBe('hello');
    expect(append).toHaveBeenCalledWith(field);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(field.remove).toHaveBeenCalled();
  });

  it('reports failure when neither way works', async () => {
    const field = fakeField();
    const document = { createElement: () => field, execCommand: () => false };
    expect(
      await copyText('x', {
        container: { append() {} },
        document: document as unknown as Document,
      }),
    ).toBe(false);
    expect(field.remove).toHaveBeenCalled();
    expect(await copyText('x', {})).toBe(false);
  });
});
