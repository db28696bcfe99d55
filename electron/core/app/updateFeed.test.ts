import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { updateFeed } from './updateFeed';

// The file electron-builder writes into resources/ for a generic provider.
const packagedWith = (url: string) => `provider: generic\nurl: ${url}\nupdaterCacheDirName: rokad-updater\n`;

describe('where an installed Rokad looks for new versions', () => {
  it('uses the feed baked in when it was packaged, or the one the deployment sets on the PC', () => {
    assert.deepEqual(updateFeed({ packaged: true, env: {}, packagedConfig: packagedWith('https://updates.mpcz.in/rokad/') }), { url: 'https://updates.mpcz.in/rokad/' });
    assert.deepEqual(updateFeed({ packaged: true, env: { ROKAD_UPDATE_URL: 'http://10.0.0.5/rokad/' }, packagedConfig: packagedWith('https://updates.mpcz.in/rokad/') }), {
      url: 'http://10.0.0.5/rokad/',
    });
    assert.deepEqual(updateFeed({ packaged: true, env: { ROKAD_UPDATE_URL: 'https://updates.mpcz.in/rokad/' }, packagedConfig: null }), { url: 'https://updates.mpcz.in/rokad/' });
  });

  it('makes no checks, and says why, with no feed, a release packaged without one, a feed that is not http, or from the source', () => {
    const off = (facts: Parameters<typeof updateFeed>[0]) => {
      const feed = updateFeed(facts);
      return 'off' in feed ? feed.off : null;
    };
    assert.match(off({ packaged: true, env: {}, packagedConfig: null }) ?? '', /No update feed is set/);
    assert.match(off({ packaged: true, env: {}, packagedConfig: packagedWith('none') }) ?? '', /No update feed is set/);
    assert.match(off({ packaged: true, env: { ROKAD_UPDATE_URL: 'file:///C:/updates' }, packagedConfig: null }) ?? '', /"file:\/\/\/C:\/updates" is not an http or https address/);
    assert.match(off({ packaged: false, env: { ROKAD_UPDATE_URL: 'https://updates.mpcz.in/rokad/' }, packagedConfig: null }) ?? '', /from its source/);
  });
});
