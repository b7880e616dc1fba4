import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../api/api-error';

/**
 * A form that edits one whole set the server keeps (the level ladder, the points rules): read it into the
 * form, save it whole, and show the server's answer (what it stored) back in the form.
 */
export function useWholeSet<T, V>(form: FormInstance<V>, io: { load(): Promise<T>; save(values: V): Promise<T>; toValues(set: T): V }) {
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    io.load().then(
      (set) => {
        form.setFieldsValue(io.toValues(set) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
        setLoaded(true);
      },
      (e: unknown) => setError(errorText(e)),
    );
    // Loaded once per mounted form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  const save = async (values: V) => {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      form.setFieldsValue(io.toValues(await io.save(values)) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return { loaded, error, saved, saving, save, edited: () => setSaved(false) };
}
