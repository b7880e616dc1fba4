export interface ShareButtonProps {
  /** The page and its query, e.g. `/subpackages/mall/goods/index?id=…`. */
  path: string;
  /** The buyer shared (or opened WeChat's share sheet: WeChat no longer says whether a share went out). */
  onShared?(): void;
}
