import type { Category } from '@livemall/shared';
import { Alert, Button, Card, message, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { errorText } from '../../api/api-error';
import { GoodsEditor } from './GoodsEditor';
import { findOwnGoods, loadCategories } from './goods-api';
import { draftOf, emptyDraft, type GoodsDraft } from './sku-matrix';

/** `/goods/new` and `/goods/:id`: the list passes the goods it shows, a reload finds it in the shop's list. */
export function GoodsEditorPage() {
  const { id } = useParams();
  const editing = id && id !== 'new' ? id : undefined;
  const navigate = useNavigate();
  const passed = (useLocation().state as { goods?: Parameters<typeof draftOf>[0] } | null)?.goods;
  const [draft, setDraft] = useState<GoodsDraft | null>(editing ? (passed?.id === editing ? draftOf(passed) : null) : emptyDraft());
  const [categories, setCategories] = useState<Category[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadCategories().then(setCategories, (e) => setError(errorText(e)));
    if (editing && !draft)
      findOwnGoods(editing).then(
        (g) => (g ? setDraft(draftOf(g)) : setError('没有找到这件商品：可能已被删除，或不是本店的商品')),
        (e) => setError(errorText(e)),
      );
    // Loaded once per goods: the draft is the merchant's from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  return (
    <Card title={editing ? '编辑商品' : '新建商品'} extra={<Button onClick={() => navigate('/goods')}>返回商品列表</Button>}>
      {error && <Alert type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      {!draft && !error && <Spin />}
      {draft && (
        <GoodsEditor
          key={editing ?? 'new'}
          goodsId={editing}
          initial={draft}
          categories={categories}
          onSaved={(g) => {
            void message.success(editing ? '已保存' : '已创建');
            navigate('/goods', { state: { saved: g.id } });
          }}
        />
      )}
    </Card>
  );
}
