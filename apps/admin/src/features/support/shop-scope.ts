import { useSession } from '../../auth/session';

/** Assistants name the shop they answer for; an owner's own shop is the server's default. */
export function useShopQuery(): { merchantId?: string } {
  const staff = useSession((s) => s.staff);
  return staff?.role === 'assistant' && staff.merchantId ? { merchantId: staff.merchantId } : {};
}
