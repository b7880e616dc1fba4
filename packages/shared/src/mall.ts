import { z } from 'zod';
import { goodsSummarySchema, pageQuerySchema } from './catalog';
import { positiveFenSchema } from './money';
import { httpsUrlSchema } from './url';

/** Most specs a goods may have (e.g. colour × size × packing) and values per spec. */
export const MAX_SPECS = 3;
export const MAX_SPEC_VALUES = 20;
export const MAX_SKUS = 600;

export const categorySchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  parentId: z.string().uuid().nullable(),
  sort: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const createCategoryRequestSchema = z.object({
  name: z.string().trim().min(1).max(20),
  parentId: z.string().uuid().nullable().default(null),
  sort: z.number().int().min(0).max(10_000).default(0),
});
export type CreateCategoryRequest = z.infer<typeof createCategoryRequestSchema>;

const specValue = z.string().trim().min(1).max(20);
/** One dimension a buyer chooses, e.g. `{ name: '颜色', values: ['红', '蓝'] }`. */
export const specSchema = z.object({
  name: z.string().trim().min(1).max(20),
  values: z.array(specValue).min(1).max(MAX_SPEC_VALUES),
});
export type Spec = z.infer<typeof specSchema>;

/** A sellable variant: one value per spec, in the specs' order (no values for goods without specs). */
export const skuSchema = z.object({
  id: z.string().uuid(),
  specValues: z.array(z.string()),
  priceFen: positiveFenSchema,
  /** The crossed-out price; null when there is none. */
  originalPriceFen: positiveFenSchema.nullable(),
  stock: z.number().int().nonnegative(),
  code: z.string().nullable(),
});
export type Sku = z.infer<typeof skuSchema>;

/** A waterfall card: the summary (lowest SKU price, total stock) plus what the card shows. */
export const goodsCardSchema = goodsSummarySchema.extend({
  originalPriceFen: positiveFenSchema.nullable(),
  sales: z.number().int().nonnegative(),
});
export type GoodsCard = z.infer<typeof goodsCardSchema>;

export const goodsDetailSchema = goodsCardSchema.extend({
  categoryId: z.string().uuid().nullable(),
  images: z.array(z.string()),
  videoUrl: z.string().nullable(),
  /** Sanitised on the server when saved: safe for `RichText` (weapp) and the H5 page. */
  descriptionHtml: z.string(),
  specs: z.array(specSchema),
  skus: z.array(skuSchema),
  onShelf: z.boolean(),
});
export type GoodsDetail = z.infer<typeof goodsDetailSchema>;

export const goodsSortSchema = z.enum(['new', 'sales', 'price_asc', 'price_desc']);
export type GoodsSort = z.infer<typeof goodsSortSchema>;

/** The waterfall's query. The cursor pins the order, so goods changing while a viewer scrolls never repeat or vanish. */
export const goodsListQuerySchema = pageQuerySchema.extend({
  categoryId: z.string().uuid().optional(),
  sort: goodsSortSchema.default('new'),
  /** Keyword search; works for Chinese text (trigram). */
  q: z.string().trim().min(1).max(40).optional(),
});
export type GoodsListQuery = z.infer<typeof goodsListQuerySchema>;

export const goodsIdParamsSchema = z.object({ id: z.string().uuid() });

const skuInputSchema = z.object({
  specValues: z.array(specValue).max(MAX_SPECS),
  priceFen: positiveFenSchema.max(100_000_000),
  originalPriceFen: positiveFenSchema.max(100_000_000).nullable().optional(),
  stock: z.number().int().min(0).max(1_000_000),
  code: z.string().trim().min(1).max(64).nullable().optional(),
});

/**
 * A goods as the merchant saves it (create or replace). Every combination of spec values must appear as
 * exactly one SKU. SKUs are matched to existing ones by their spec values, so their ids (and orders
 * referring to them) survive an edit.
 */
export const saveGoodsRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    categoryId: z.string().uuid().nullable().default(null),
    images: z.array(httpsUrlSchema).min(1).max(9),
    videoUrl: httpsUrlSchema.nullable().default(null),
    descriptionHtml: z.string().max(50_000).default(''),
    specs: z.array(specSchema).max(MAX_SPECS).default([]),
    skus: z.array(skuInputSchema).min(1).max(MAX_SKUS),
    onShelf: z.boolean().default(true),
  })
  .superRefine((g, ctx) => {
    const names = g.specs.map((s) => s.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['specs'], message: 'spec names must differ' });
    g.specs.forEach((s, i) => {
      if (new Set(s.values).size !== s.values.length) ctx.addIssue({ code: 'custom', path: ['specs', i, 'values'], message: 'values must differ' });
    });
    const combinations = g.specs.reduce((n, s) => n * s.values.length, 1);
    const seen = new Set<string>();
    g.skus.forEach((sku, i) => {
      if (sku.specValues.length !== g.specs.length) {
        ctx.addIssue({ code: 'custom', path: ['skus', i, 'specValues'], message: `one value for each of the ${g.specs.length} specs` });
        return;
      }
      sku.specValues.forEach((v, j) => {
        if (!g.specs[j]?.values.includes(v)) ctx.addIssue({ code: 'custom', path: ['skus', i, 'specValues', j], message: `"${v}" is not a value of ${g.specs[j]?.name}` });
      });
      const key = JSON.stringify(sku.specValues);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['skus', i, 'specValues'], message: 'this combination is listed twice' });
      seen.add(key);
      if (sku.originalPriceFen != null && sku.originalPriceFen < sku.priceFen) {
        ctx.addIssue({ code: 'custom', path: ['skus', i, 'originalPriceFen'], message: 'the original price is at least the price' });
      }
    });
    if (seen.size !== combinations && g.skus.length === seen.size) {
      ctx.addIssue({ code: 'custom', path: ['skus'], message: `every combination of spec values needs a SKU: ${combinations} expected, ${seen.size} given` });
    }
  });
export type SaveGoodsRequest = z.infer<typeof saveGoodsRequestSchema>;

export const setShelfRequestSchema = z.object({ onShelf: z.boolean() });
