/**
 * The demo shop's 种草 content, published at the first seed and linked to demo goods. Plain-text bodies:
 * a blank line starts a paragraph. The video is a short CC0 clip on MDN's sample host (any https mp4 works).
 */
const id = (n: number) => `6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c${n.toString().padStart(4, '0')}`;

export interface DemoContent {
  id: string;
  kind: 'article' | 'video';
  title: string;
  summary: string | null;
  body: string | null;
  videoUrl: string | null;
  goodsIds: string[];
}

export const demoContents: DemoContent[] = [
  {
    id: id(501),
    kind: 'article',
    title: '赣南脐橙怎么挑？果农教你三招',
    summary: '看果脐、掂分量、闻香气，挑到皮薄多汁的好橙子。',
    body: [
      '一看果脐：脐小而圆的橙子果肉更细，脐大凸出的往往皮厚。',
      '二掂分量：同样大小，越沉的水分越足。',
      '三闻香气：成熟的脐橙隔着皮就有清甜的橙香。',
      '买回家后放在阴凉通风处，一周内吃完口感最好。',
    ].join('\n\n'),
    videoUrl: null,
    goodsIds: [id(201), id(206)],
  },
  {
    id: id(502),
    kind: 'video',
    title: '30 秒看懂莓果冷链怎么发',
    summary: '从采摘到装箱，莓果全程冷链直发。',
    body: null,
    videoUrl: 'https://interactive-examples.mdn.mozilla.net/media/cc0-videos/flower.mp4',
    goodsIds: [id(202), id(203)],
  },
  {
    id: id(503),
    kind: 'article',
    title: '冬天吃什么水果？掌柜的私房清单',
    summary: null,
    body: ['冬天干燥，多吃富含水分和维生素C的水果。', '苹果耐储存，一次买一箱也不怕坏；芒果要挑表皮微软、有果香的。'].join('\n\n'),
    videoUrl: null,
    goodsIds: [id(205), id(204)],
  },
];
