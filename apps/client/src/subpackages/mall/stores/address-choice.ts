import { create } from 'zustand';

/**
 * The address the checkout page uses. The address book (a page of its own) sets it when the buyer picks
 * or adds one; the checkout reads it when it shows again.
 */
export const useAddressChoice = create<{ addressId: string | null; choose(id: string | null): void }>()((set) => ({
  addressId: null,
  choose: (addressId) => set({ addressId }),
}));
