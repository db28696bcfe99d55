import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shellMode } from './shellMode';

describe('what the shell allows', () => {
  const devServer = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

  it('gives an installed app no DevTools, no default menu and no page but its own, whatever the environment says', () => {
    assert.deepEqual(shellMode(true, devServer), { developerTools: false, rendererUrl: undefined });
  });

  it('keeps DevTools and the dev server for a development build', () => {
    assert.deepEqual(shellMode(false, devServer), { developerTools: true, rendererUrl: 'http://localhost:5173' });
    assert.deepEqual(shellMode(false, {}), { developerTools: true, rendererUrl: undefined });
  });
});
