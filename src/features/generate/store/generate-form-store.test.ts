import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import {
  GENERATE_FORM_STORAGE_KEY,
  readStoredForm,
  useGenerateForm,
} from './generate-form-store.ts';

afterEach(() => useGenerateForm.setState({ form: DEFAULT_FORM }));

describe('useGenerateForm', () => {
  it('writes every change to sessionStorage and reads it back as a reload would', () => {
    useGenerateForm.getState().update({ prompt: 'a fox', width: '25', seedMode: 'fixed' });
    expect(sessionStorage.getItem(GENERATE_FORM_STORAGE_KEY)).toContain('a fox');
    expect(readStoredForm()).toMatchObject({ prompt: 'a fox', width: '25', seedMode: 'fixed' });
  });

  it('applies the switch rules on update', () => {
    useGenerateForm.getState().update({ photoReal: true });
    useGenerateForm.getState().update({ alchemy: false });
    expect(useGenerateForm.getState().form).toMatchObject({ alchemy: false, photoReal: false });
  });

  it('falls back to defaults field by field', () => {
    sessionStorage.setItem(
      GENERATE_FORM_STORAGE_KEY,
      JSON.stringify({ prompt: 7, width: '640', presetStyle: 'NOPE', alchemy: 'yes' }),
    );
    expect(readStoredForm()).toEqual({ ...DEFAULT_FORM, width: '640' });
  });
});
