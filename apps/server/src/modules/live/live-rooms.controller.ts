import { Controller } from '@nestjs/common';
import { api, type PageQuery } from '@livemall/shared';
import { ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { LiveRoomsService } from './live-rooms.service';

@Controller()
export class LiveRoomsController {
  constructor(private readonly rooms: LiveRoomsService) {}

  @Route(api.liveRooms)
  list(@ValidQuery() query: PageQuery) {
    return this.rooms.list(query);
  }
}
