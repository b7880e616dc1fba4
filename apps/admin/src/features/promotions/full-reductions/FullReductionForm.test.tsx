import { render, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../common/fake-server';
import { click, fill, submit } from '../common/form-helpers';
import { FullReductionForm } from './FullReductionForm';

// antd forms in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('FullReductionForm', () => {
  it('refuses tiers out of order in words, then sends them in fen', async () => {
    const api = fakeServer({
      'POST /merchant/full-reductions': (s) => ({
        status: 201,
        json: { id: '00000000-0000-4000-8000-000000000001', merchantId: '00000000-0000-4000-8000-000000000002', active: true, createdAt: new Date().toISOString(), ...(s.body as object) },
      }),
    });
    const created = jest.fn();
    render(<FullReductionForm onCreated={created} />);
    fill('fr-name', '满减');
    fill('fr-tier-0-threshold', '200');
    fill('fr-tier-0-off', '25');
    await click('fr-tier-add');
    fill('fr-tier-1-threshold', '100');
    fill('fr-tier-1-off', '10');
    await submit('fr-submit');
    expect(await screen.findByText('第 2 档：门槛须高于上一档（请按从低到高填写）')).toBeTruthy();
    expect(api.posted('POST', '/merchant/full-reductions')).toHaveLength(0);

    fill('fr-tier-0-threshold', '99.99');
    fill('fr-tier-0-off', '10');
    fill('fr-tier-1-threshold', '200');
    fill('fr-tier-1-off', '25.5');
    await submit('fr-submit');
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(api.posted('POST', '/merchant/full-reductions')[0]!.body).toMatchObject({
      name: '满减',
      tiers: [
        { thresholdFen: 9999, amountFen: 1000 },
        { thresholdFen: 20000, amountFen: 2550 },
      ],
    });
  });
});
