import { formatFen, type Order } from '@livemall/shared';
import { Descriptions, Divider, Drawer, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { RefundList } from './RefundList';
import { ShipForm } from './ShipForm';
import { statusColor, statusText } from './order-words';

const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** One order: what was bought, where it goes (in full: the merchant ships it), shipping and refunds. */
export function OrderDrawer({ order, onClose, onChanged, onReload }: { order: Order | null; onClose: () => void; onChanged: (o: Order) => void; onReload: (id: string) => void }) {
  return (
    <Drawer id='order-drawer' width={640} open={!!order} onClose={onClose} title={order ? `订单 ${order.no}` : ''} destroyOnHidden>
      {order && (
        <>
          <Descriptions column={2} size='small' bordered>
            <Descriptions.Item label='状态'>
              <Tag id='order-drawer-status' color={statusColor[order.status]}>
                {statusText[order.status]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label='下单时间'>{time(order.createdAt)}</Descriptions.Item>
            <Descriptions.Item label='付款时间'>{time(order.paidAt)}</Descriptions.Item>
            <Descriptions.Item label='发货时间'>{time(order.shippedAt)}</Descriptions.Item>
            <Descriptions.Item label='收货人' span={2}>
              {order.address.name} {order.address.phone}
              <br />
              {order.address.province}
              {order.address.city}
              {order.address.district}
              {order.address.detail}
            </Descriptions.Item>
            {order.trackingNo && (
              <Descriptions.Item label='物流' span={2}>
                <span id='order-drawer-tracking'>
                  {order.carrier} {order.trackingNo}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label='商品金额'>{formatFen(order.itemsFen)}</Descriptions.Item>
            <Descriptions.Item label='运费'>{formatFen(order.shippingFen)}</Descriptions.Item>
            <Descriptions.Item label='优惠'>-{formatFen(order.discountFen)}</Descriptions.Item>
            <Descriptions.Item label='实付'>{formatFen(order.totalFen)}</Descriptions.Item>
            {order.refundedFen > 0 && <Descriptions.Item label='已退款'>{formatFen(order.refundedFen)}</Descriptions.Item>}
          </Descriptions>
          <Divider>商品</Divider>
          <Table
            size='small'
            rowKey='id'
            pagination={false}
            dataSource={order.items}
            columns={[
              { title: '商品', key: 't', render: (_, i) => `${i.title}${i.specText ? `（${i.specText}）` : ''}` },
              { title: '单价', key: 'p', render: (_, i) => formatFen(i.priceFen) },
              { title: '数量', dataIndex: 'quantity', key: 'q' },
              { title: '已退', dataIndex: 'refundedQuantity', key: 'r' },
            ]}
          />
          {order.status === 'paid' && (
            <>
              <Divider>发货</Divider>
              <ShipForm order={order} onShipped={onChanged} onConflict={() => onReload(order.id)} />
            </>
          )}
          <Divider>退款</Divider>
          <RefundList order={order} onChanged={onChanged} onConflict={() => onReload(order.id)} />
        </>
      )}
    </Drawer>
  );
}
