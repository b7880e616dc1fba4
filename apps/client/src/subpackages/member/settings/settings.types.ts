import type { Profile, UpdateProfileRequest } from '@livemall/shared';

export interface ProfileEditorProps {
  profile: Profile;
  busy: boolean;
  onSave(change: UpdateProfileRequest): void;
}

export interface PhoneBindingProps {
  profile: Profile;
  busy: boolean;
  onCode(code: string): void;
}
