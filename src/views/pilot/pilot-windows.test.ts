import { describe, expect, it } from 'vitest';
import { availablePilotMonths, shiftMonths, windowsOfLength } from './pilot-windows';

describe('pilot windows', () => {
  it('puts twelve whole months either side of a first-of-month launch', () => {
    expect(windowsOfLength('2024-07-01', 12)).toEqual({
      months: 12,
      before: { from: '2023-07-01', to: '2024-06-30' },
      after: { from: '2024-07-01', to: '2025-06-30' },
    });
  });

  it('runs whole months from a mid-month launch, ending the day before the same date', () => {
    expect(windowsOfLength('2024-03-15', 2)).toEqual({
      months: 2,
      before: { from: '2024-01-15', to: '2024-03-14' },
      after: { from: '2024-03-15', to: '2024-05-14' },
    });
  });

  it('clamps a shifted 31st to the end of a shorter month', () => {
    expect(shiftMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(shiftMonths('2024-03-31', -13)).toBe('2023-02-28');
  });

  it('caps the length at twelve months when more data is available', () => {
    expect(availablePilotMonths('2024-07-01', '2023-01-01', '2025-12-31')).toBe(12);
  });

  it('takes as many whole months after launch as the data allows', () => {
    expect(availablePilotMonths('2024-07-01', '2023-01-01', '2024-12-30')).toBe(5);
    expect(availablePilotMonths('2024-07-01', '2023-01-01', '2024-12-31')).toBe(6);
  });

  it('is limited by the data before launch too', () => {
    expect(availablePilotMonths('2024-07-01', '2024-03-01', '2025-12-31')).toBe(4);
  });

  it('is zero when not one whole month lies on each side', () => {
    expect(availablePilotMonths('2024-07-01', '2023-01-01', '2024-07-20')).toBe(0);
  });
});
