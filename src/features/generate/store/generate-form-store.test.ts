import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopedKey } from '../../../lib/scoped-persist.ts';
import { scopeOf, useSessionStore } from '../../../lib/session-store.ts';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import {
  GENERATE_FORM_STORAGE_KEY,
  parseStoredForm,
  useGenerateForm,
} from './generate-form-store.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const signInAs = (userId: string) =>
  useSessionStore.getState().signIn({ key: `key-${userId}`, baseUrl: BASE, userId });
const stored = (userId: string) =>
  JSON.parse(
    sessionStorage.getItem(scopedKey(GENERATE_FORM_STORAGE_KEY, scopeOf(BASE, userId))) ?? '{}',
  );

beforeEach(() => signInAs('alice'));
afterEach(() => useSessionStore.getState().signOut());

describe('useGenerateForm', () => {
  it('writes every change to this user’s draft and reads it back as a reload would', async () => {
    useGenerateForm.getState().update({ prompt: 'a fox', width: '25', seedMode: 'fixed' });
    expect(stored('alice').state.form).toMatchObject({ prompt: 'a fox', width: '25' });
    useGenerateForm.setState({ form: DEFAULT_FORM }, false);
    sessionStorage.setItem(
      scopedKey(GENERATE_FORM_STORAGE_KEY, scopeOf(BASE, 'alice')),
      JSON.stringify({ state: { form: { prompt: 'a fox', width: '25' } }, version: 1 }),
    );
    await useGenerateForm.persist.rehydrate();
    expect(useGenerateForm.getState().form).toMatchObject({ prompt: 'a fox', width: '25' });
  });

  it('keeps each user’s draft apart and empties the form at sign-out', () => {
    useGenerateForm.getState().update({ prompt: 'alice’s fox' });
    useSessionStore.getState().signOut();
    expect(useGenerateForm.getState().form).toEqual(DEFAULT_FORM);
    signInAs('bob');
    expect(useGenerateForm.getState().form.prompt).toBe('');
    useGenerateForm.getState().update({ prompt: 'bob’s owl' });
    signInAs('alice');
    expect(useGenerateForm.getState().form.prompt).toBe('alice’s fox');
  });

  it('applies the switch rules on update', () => {
    useGenerateForm.getState().update({ photoReal: true });
    useGenerateForm.getState().update({ alchemy: false });
    expect(useGenerateForm.getState().form).toMatchObject({ alchemy: false, photoReal: false });
  });

  it('falls back to defaults field by field', () => {
    expect(
      parseStoredForm({ prompt: 7, width: '640', presetStyle: 'NOPE', alchemy: 'yes' }),
    ).toEqual({ ...DEFAULT_FORM, width: '640' });
    expect(parseStoredForm('x')).toEqual(DEFAULT_FORM);
  });
});
