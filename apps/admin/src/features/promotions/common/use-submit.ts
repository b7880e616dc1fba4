import type { FormInstance } from 'antd';
import { useState } from 'react';
import { promoErrorText } from './words';

/** Sends a form's values once (the button spins meanwhile); success clears the form, failure is kept in words. */
export function useSubmit<V>(form: FormInstance<V>, send: (values: V) => Promise<unknown>, done: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (values: V) => {
    setError(null);
    setSaving(true);
    try {
      await send(values);
      form.resetFields();
      done();
    } catch (e) {
      setError(promoErrorText(e));
    } finally {
      setSaving(false);
    }
  };
  return { error, saving, submit };
}
