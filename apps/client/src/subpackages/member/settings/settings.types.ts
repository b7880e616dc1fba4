import type { Profile, UpdateProfileRequest, UploadAvatarRequest } from '@livemall/shared';

export interface ProfileEditorProps {
  profile: Profile;
  busy: boolean;
  onSave(change: UpdateProfileRequest): void;
  /** A picture picked on the device, as the upload route takes it. */
  onUpload(image: UploadAvatarRequest): void;
}

export interface PhoneBindingProps {
  profile: Profile;
  busy: boolean;
  onCode(code: string): void;
}
