import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { ExperimentForm } from './ExperimentForm';
import { variantsProblem, weightProblem, weightShare } from './variant-rules';

jest.setTimeout(30_000);

const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const submit = () => act(async () => fireEvent.click(document.getElementById('experiment-submit')!));
const created = { key: 'k', variants: [], targeting: 'all', status: 'draft', createdAt: '', startedAt: null, stoppedAt: null } as never;

describe('ExperimentForm', () => {
  it('refuses a weight that is not a whole number, in words, and sends nothing', async () => {
    const create = jest.fn();
    render(<ExperimentForm onCreated={jest.fn()} create={create} />);
    fill('experiment_key', 'card-layout');
    fill('experiment_variants_1_weight', '1.5');
    await submit();
    expect(await screen.findByText('权重须为整数（0 到 10000）')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('needs two variants with different names', async () => {
    const create = jest.fn();
    render(<ExperimentForm onCreated={jest.fn()} create={create} />);
    fill('experiment_key', 'card-layout');
    fill('experiment_variants_1_name', 'control');
    await submit();
    expect(await screen.findByText('变体名称不能重复')).toBeTruthy();
    await act(async () => fireEvent.click(document.getElementById('experiment-variant-remove-1')!));
    await submit();
    expect(await screen.findByText('至少需要 2 个变体（第一个是对照组）')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('sends the key, the variants with integer weights and the targeting', async () => {
    const create = jest.fn().mockResolvedValue(created);
    const onCreated = jest.fn();
    render(<ExperimentForm onCreated={onCreated} create={create} />);
    fill('experiment_key', ' card-layout ');
    fill('experiment_variants_0_name', 'grid');
    fill('experiment_variants_0_weight', '3');
    fill('experiment_variants_1_name', ' list ');
    fill('experiment_variants_1_weight', '1');
    await act(async () => fireEvent.click(document.getElementById('experiment-variant-add')!));
    fill('experiment_variants_2_name', 'cards');
    fill('experiment_variants_2_weight', '0');
    await submit();
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith({
      key: 'card-layout',
      variants: [
        { name: 'grid', weight: 3 },
        { name: 'list', weight: 1 },
        { name: 'cards', weight: 0 },
      ],
      targeting: 'all',
    });
    expect(onCreated).toHaveBeenCalledWith(created);
  });

  it('shows the words for a taken key', async () => {
    const create = jest.fn().mockRejectedValue(new ApiError('EXPERIMENT_KEY_TAKEN', 409, 'Experiment key taken'));
    render(<ExperimentForm onCreated={jest.fn()} create={create} />);
    fill('experiment_key', 'card-layout');
    await submit();
    expect((await screen.findByText('实验标识已被使用，请换一个')).closest('#experiment-form-error')).toBeTruthy();
  });
});

describe('variant rules', () => {
  it('words each problem', () => {
    expect(weightProblem('')).toBe('请填写权重');
    expect(weightProblem('-1')).toBe('权重须为整数（0 到 10000）');
    expect(weightProblem('10001')).toBe('权重不能超过 10000');
    expect(weightProblem(' 10000 ')).toBeNull();
    expect(variantsProblem([{ name: 'a', weight: '0' }, { name: 'b', weight: '0' }])).toBe('至少一个变体的权重要大于 0');
    expect(variantsProblem(Array.from({ length: 11 }, (_, i) => ({ name: `v${i}`, weight: '1' })))).toBe('最多 10 个变体');
    expect(variantsProblem([{ name: 'a', weight: '1' }, { name: 'b', weight: '0' }])).toBeNull();
  });

  it('shows shares with one decimal in integers', () => {
    expect(weightShare(1, 3)).toBe('33.3%');
    expect(weightShare(2, 3)).toBe('66.6%');
    expect(weightShare(0, 0)).toBe('0.0%');
  });
});
