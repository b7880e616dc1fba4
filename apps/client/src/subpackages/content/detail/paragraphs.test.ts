import { paragraphs } from './paragraphs';

describe('paragraphs', () => {
  it('splits at line breaks, drops blank lines and keeps markup as plain text', () => {
    expect(paragraphs('一段。\r\n\r\n  二段。\n三段 <b>x</b>\n\n')).toEqual(['一段。', '二段。', '三段 <b>x</b>']);
    expect(paragraphs('   ')).toEqual([]);
  });
});
