import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Image, Input, List, Space } from 'antd';
import { useState } from 'react';

/** The goods' pictures as web addresses: the first is the cover. Added, removed and moved up or down. */
export function ImagesField({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const [text, setText] = useState('');
  const move = (i: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  const add = () => {
    const url = text.trim();
    if (!url) return;
    onChange([...value, url]);
    setText('');
  };
  return (
    <Space orientation='vertical' style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%' }}>
        <Input id='goods-image-url' placeholder='图片网址，例如 https://…/a.jpg（第一张是封面）' value={text} onChange={(e) => setText(e.target.value)} onPressEnter={add} />
        <Button id='goods-image-add' onClick={add} disabled={value.length >= 9}>
          添加图片
        </Button>
      </Space.Compact>
      {value.length > 0 && (
        <List
          size='small'
          bordered
          dataSource={value}
          renderItem={(url, i) => (
            <List.Item
              actions={[
                <Button key='up' size='small' icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label='上移' />,
                <Button key='down' size='small' icon={<ArrowDownOutlined />} disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label='下移' />,
                <Button key='del' size='small' danger icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label='删除' />,
              ]}
            >
              <Space>
                <Image src={url} width={40} height={40} style={{ objectFit: 'cover' }} preview={false} />
                <span className='goods-image-item' style={{ wordBreak: 'break-all' }}>
                  {i === 0 ? '【封面】' : ''}
                  {url.length > 80 ? `${url.slice(0, 80)}…` : url}
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
