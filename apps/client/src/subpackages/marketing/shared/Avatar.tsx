import { Cover } from '@/components/Cover';

/** A round avatar, or the first character of the name on a tint. */
export function Avatar({ url, name, className = '' }: { url: string | null; name: string; className?: string }) {
  return <Cover url={url} title={name} className={`mk-avatar ${className}`} />;
}
