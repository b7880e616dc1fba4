export interface ShareButtonProps {
  /** The page and its query, e.g. `/subpackages/mall/goods/index?id=…`. */
  path: string;
}
