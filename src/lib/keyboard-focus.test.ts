import { afterEach, describe, expect, it } from 'vitest';
import { isModalOpen, isTypingTarget } from './keyboard-focus.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('isTypingTarget', () => {
  it('knows when keys belong to a field', () => {
    const text = document.createElement('input');
    const range = document.createElement('input');
    range.type = 'range';
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(range)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isModalOpen', () => {
  it('sees a modal dialog anywhere in the page', () => {
    expect(isModalOpen()).toBe(false);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    expect(isModalOpen()).toBe(true);
    dialog.setAttribute('aria-modal', 'false');
    expect(isModalOpen()).toBe(false);
  });

  it('sees an open <dialog>, and not a closed one', () => {
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    expect(isModalOpen()).toBe(false);
    dialog.showModal();
    expect(isModalOpen()).toBe(true);
    dialog.close();
    expect(isModalOpen()).toBe(false);
  });
});
