import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { api, type GoodsDetail } from '@livemall/shared';
import { Alert, Button, Card, Image, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { useCursorPages } from '../../components/use-cursor-pages';
import { ImportGoodsModal } from './ImportGoodsModal';
import { priceRange, totalStock } from './price-range';

const PAGE = 20;
const fetchGoods = (cursor: string | undefined) => call(api.merchantGoods, { query: { limit: PAGE, cursor } });

/** The shop's goods, on and off the shelf, newest first; the shelf switch saves at once. */
export function GoodsListPage() {
  const navigate = useNavigate();
  const { items, setItems, next: cursor, loading, error, setError, load } = useCursorPages(fetchGoods);
  const [busy, setBusy] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const toggle = async (goods: GoodsDetail, onShelf: boolean) => {
    setBusy(goods.id);
    setError(null);
    try {
      const saved = await call(api.setShelf, { params: { id: goods.id }, body: { onShelf } });
      setItems((prev) => prev.map((g) => (g.id === saved.id ? saved : g)));
    } catch (e) {
      setError(`「${goods.title}」${onShelf ? '上架' : '下架'}失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title='商品'
      extra={
        <Space>
          <Button id='goods-import' icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            批量导入
          </Button>
          <Button id='goods-new' type='primary' icon={<PlusOutlined />} onClick={() => navigate('/goods/new')}>
            新建商品
          </Button>
        </Space>
      }
    >
      {error && <Alert id='goods-list-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<GoodsDetail>
        id='goods-table'
        rowKey='id'
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '还没有商品：点「新建商品」或「批量导入」' }}
        columns={[
          { title: '图片', key: 'cover', width: 72, render: (_, g) => (g.coverUrl ? <Image src={g.coverUrl} width={48} height={48} style={{ objectFit: 'cover' }} /> : '—') },
          { title: '标题', dataIndex: 'title', key: 'title' },
          { title: '价格', key: 'price', render: (_, g) => priceRange(g) },
          { title: '总库存', key: 'stock', render: (_, g) => totalStock(g) },
          { title: '状态', key: 'status', render: (_, g) => (g.onShelf ? <Tag color='green'>在售</Tag> : <Tag>已下架</Tag>) },
          {
            title: '上架',
            key: 'shelf',
            render: (_, g) => <Switch id={`shelf-${g.id}`} checked={g.onShelf} loading={busy === g.id} onChange={(on) => void toggle(g, on)} />,
          },
          {
            title: '操作',
            key: 'edit',
            render: (_, g) => (
              <Button id={`goods-edit-${g.id}`} size='small' onClick={() => navigate(`/goods/${g.id}`, { state: { goods: g } })}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      {cursor && (
        <Button id='goods-more' block style={{ marginTop: 12 }} loading={loading} onClick={() => void load(cursor)}>
          加载更多
        </Button>
      )}
      <ImportGoodsModal
        open={importing}
        onClose={(created) => {
          setImporting(false);
          if (created > 0) void load();
        }}
      />
    </Card>
  );
}
