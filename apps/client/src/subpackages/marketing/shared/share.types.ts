export interface ShareCard {
  title: string;
  /** The page and its query, e.g. `/subpackages/marketing/group/index?id=…`. */
  path: string;
  imageUrl?: string | null;
}

export interface ShareActionProps {
  id: string;
  label: string;
  card: ShareCard;
}
