import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { errorText } from '../api/api-error';
import { useSession } from './session';
import { staffLogin } from './staff-login';

interface LoginForm {
  login: string;
  password: string;
}

/** Staff log in with the login name and password the shop gave them (the demo shop: demo / demo1234). */
export function LoginPage({ login = staffLogin }: { login?: typeof staffLogin }) {
  const signIn = useSession((s) => s.signIn);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const { tokens, staff } = await login(values.login.trim(), values.password);
      signIn(tokens, staff);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f6f8' }}>
      <Card title='直播商城 · 商家后台' style={{ width: 360 }}>
        {error ? <Alert id='login-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form<LoginForm> layout='vertical' onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item name='login' label='账号' rules={[{ required: true, whitespace: true, message: '请输入账号' }]}>
            <Input id='login-name' autoComplete='username' />
          </Form.Item>
          <Form.Item name='password' label='密码' rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password id='login-password' autoComplete='current-password' />
          </Form.Item>
          <Button id='login-submit' type='primary' htmlType='submit' block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
