// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorPanel } from '../../src/app/ErrorPanel';

afterEach(cleanup);

describe('ErrorPanel', () => {
  it('lists every problem as an alert', () => {
    render(
      <ErrorPanel
        title="This show's data has problems"
        problems={['a.json:$.x: bad — fix', 'a.json:$.y: <b>bad</b> — fix']}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent("This show's data has problems");
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a.json:$.x: bad — fix', 'a.json:$.y: <b>bad</b> — fix']);
    expect(alert.querySelector('b')).toBeNull();
  });
});
