import { Module } from '@nestjs/common';
import { MerchantsModule } from '../merchants/merchants.module';
import { WalletController } from './wallet.controller';
import { WalletRepository } from './wallet.repository';
import { WalletService } from './wallet.service';

@Module({
  imports: [MerchantsModule],
  controllers: [WalletController],
  providers: [WalletRepository, WalletService],
  exports: [WalletRepository],
})
export class WalletModule {}
