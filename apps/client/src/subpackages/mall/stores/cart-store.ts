import { create } from 'zustand';
import { api, type Cart, type CartItem } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface CartState {
  items: CartItem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** A change is on its way to the server; the cart's buttons wait for it. */
  busy: boolean;
  load(): Promise<void>;
  /** Resolves with the error's words, or null when the SKU is in the cart. */
  add(skuId: string, quantity: number): Promise<string | null>;
  setQuantity(skuId: string, quantity: number): Promise<string | null>;
  setSelected(skuIds: readonly string[], selected: boolean): Promise<string | null>;
  remove(skuId: string): Promise<string | null>;
}

/**
 * The buyer's cart as the server last sent it. Every change is sent and the answer replaces the whole
 * cart, so prices, stock and availability are always the server's.
 */
export const useCart = create<CartState>()((set, get) => {
  const change = async (send: () => Promise<Cart>): Promise<string | null> => {
    set({ busy: true });
    try {
      const cart = await send();
      set({ items: cart.items, status: 'ready', error: null });
      return null;
    } catch (error) {
      return errorText(error);
    } finally {
      set({ busy: false });
    }
  };

  return {
    items: [],
    status: 'idle',
    error: null,
    busy: false,

    async load() {
      if (get().status !== 'ready') set({ status: 'loading', error: null });
      try {
        const cart = await call(api.cart);
        set({ items: cart.items, status: 'ready', error: null });
      } catch (error) {
        set({ status: 'error', error: errorText(error) });
      }
    },

    add: (skuId, quantity) => change(() => call(api.addToCart, { body: { skuId, quantity } })),
    setQuantity: (skuId, quantity) => change(() => call(api.updateCartItem, { params: { skuId }, body: { quantity } })),
    setSelected: (skuIds, selected) =>
      change(async () => {
        // One request per line (the API changes one line at a time); the last answer is the whole cart.
        let cart: Cart = { items: get().items };
        for (const skuId of skuIds) cart = await call(api.updateCartItem, { params: { skuId }, body: { selected } });
        return cart;
      }),
    remove: (skuId) => change(() => call(api.removeCartItem, { params: { skuId } })),
  };
});

/** Lines in the cart, for the badge on the goods page. */
export const cartCount = (items: readonly CartItem[]) => items.reduce((n, i) => n + i.quantity, 0);
