import { SetMetadata } from '@nestjs/common';
import { PUBLIC_UNLISTED } from './access.guard';

/** For the few handlers outside the API contract that anyone may call (the docs). */
export const PublicUnlisted = () => SetMetadata(PUBLIC_UNLISTED, true);
