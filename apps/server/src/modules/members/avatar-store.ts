import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';

/** Where uploads live on disk, and the URL prefix they are served under (create-app mounts it). */
export const UPLOADS_PREFIX = '/uploads/';
export const uploadsDir = (config: Pick<AppConfig, 'dataDir'>) => join(config.dataDir, 'uploads');

/** Avatar files under the data directory: a fresh name per upload, so a cached old avatar never shows. */
@Injectable()
export class AvatarStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Writes the image and returns the path it is served at. */
  async save(bytes: Buffer, extension: 'png' | 'jpg'): Promise<string> {
    const dir = join(uploadsDir(this.config), 'avatars');
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${extension}`;
    await writeFile(join(dir, name), bytes);
    return `${UPLOADS_PREFIX}avatars/${name}`;
  }
}
