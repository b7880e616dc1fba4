import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

/**
 * One chart: made when the element mounts, given each new option, resized with the window, disposed on
 * unmount. The option is built by a pure function elsewhere (tested without a canvas).
 */
export function EChart({ option, height = 320, id }: { option: ChartOption; height?: number; id?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a shorter range must not keep the longer one's leftover points.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div id={id} ref={box} style={{ width: '100%', height }} />;
}
